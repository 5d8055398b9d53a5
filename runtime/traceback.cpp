#include "runtime/traceback.h"

#include <cstdio>
#include <cstdlib>
#include <set>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exception_group.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/output.h"
#include "runtime/source_cache.h"
#include "runtime/str.h"
#include "runtime/suggestions.h"
#include "runtime/vm.h"
#include "vm/code.h"

namespace coil::rt {

namespace {

std::string strip(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\f");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\f\r\n");
  return s.substr(a, b - a + 1);
}

Value dict_attr(Exception* e, const char* name) { return e->dict->get_str(intern(name)); }

void format_syntax_error(Exception* e, std::string& out) {
  Value filename = dict_attr(e, "filename");
  Value lineno = dict_attr(e, "lineno");
  Value text = dict_attr(e, "text");
  Value offset = dict_attr(e, "offset");
  Value end_offset = dict_attr(e, "end_offset");
  Value msg = dict_attr(e, "msg");
  std::string fname = is_str(filename) ? as_str(filename)->s : "<string>";
  out += "  File \"" + fname + "\", line " + (lineno.is_int() ? std::to_string(lineno.i) : "?") + "\n";
  if (is_str(text)) {
    std::string raw = as_str(text)->s;
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.pop_back();
    size_t lead = raw.find_first_not_of(" \t\f");
    if (lead == std::string::npos) lead = raw.size();
    std::string line = raw.substr(lead);
    if (!line.empty()) {
      out += "    " + line + "\n";
      if (offset.is_int()) {
        int64_t start = offset.i - 1 - static_cast<int64_t>(lead);
        int64_t end = end_offset.is_int() ? end_offset.i - 1 - static_cast<int64_t>(lead) : start + 1;
        if (start < 0) start = 0;
        if (end <= start) end = start + 1;
        if (start > static_cast<int64_t>(line.size())) start = static_cast<int64_t>(line.size());
        std::string caret(static_cast<size_t>(start), ' ');
        caret += std::string(static_cast<size_t>(end - start), '^');
        out += "    " + caret + "\n";
      }
    }
  }
  out += exception_type_name(make_obj(e)) + ": " + (is_str(msg) ? as_str(msg)->s : std::string("invalid syntax")) + "\n";
}

// Tracebacks through coil's own asyncio library (stdlib/asyncio.py) name
// the CPython module and line they mirror, given by a "# cpython: FILE:LINE"
// comment on the source line, so reports read as CPython's.
void map_library_frame(std::string& file, int& line, std::string& src) {
  if (file.rfind("<stdlib>/", 0) != 0) return;
  size_t mark = src.find("# cpython: ");
  if (mark == std::string::npos) return;
  std::string target = src.substr(mark + 11);
  src = strip(src.substr(0, mark));
  size_t bar = target.find(" | ");
  if (bar != std::string::npos) {
    src = strip(target.substr(bar + 3));
    target = target.substr(0, bar);
  }
  size_t colon = target.rfind(':');
  if (colon == std::string::npos) return;
  file = "<stdlib>/asyncio/" + strip(target.substr(0, colon));
  line = std::atoi(target.c_str() + colon + 1);
}

std::string format_stack(Exception* e) {
  std::string out;
  std::string last_key;
  int repeat = 0;
  auto flush_repeat = [&]() {
    if (repeat > 3) {
      int more = repeat - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
    }
  };
  for (size_t i = e->traceback.size(); i-- > 0;) {
    const TracebackEntry& t = e->traceback[i];
    std::string file = t.code ? t.code->filename->s : t.file;
    std::string func = t.code ? t.code->name->s : t.func;
    int line = t.line;
    std::string src = t.code ? strip(source_line(file, line)) : std::string(t.source ? t.source : "");
    map_library_frame(file, line, src);
    std::string key = file + ":" + std::to_string(line) + ":" + func;
    if (key == last_key) {
      ++repeat;
      if (repeat > 3) continue;
    } else {
      flush_repeat();
      last_key = key;
      repeat = 1;
    }
    out += "  File \"" + file + "\", line " + std::to_string(line) + ", in " + func + "\n";
    if (!src.empty()) out += "    " + src + "\n";
  }
  flush_repeat();
  return out;
}

std::string format_exception_only(Value exc) {
  Exception* e = as<Exception>(exc);
  std::string out;
  if (e->type->is_subtype(exc_types().SyntaxError) && !dict_attr(e, "lineno").is_undef()) {
    format_syntax_error(e, out);
    return out;
  }
  std::string msg;
  try {
    msg = str(exc);
  } catch (PyError&) {
    msg = "<exception str() failed>";
  }
  out += exception_type_name(exc);
  if (!msg.empty()) out += ": " + msg;
  std::string hint = suggestion_for(exc);
  if (!hint.empty()) out += ". Did you mean: '" + hint + "'?";
  out += "\n";
  Value notes = dict_attr(e, "__notes__");
  if (is_list(notes))
    for (Value n : as<List>(notes)->items) out += str(n) + "\n";
  return out;
}

// CPython's traceback printing context (traceback._ExceptionPrintContext):
// exception groups nest their members in indented, '|'-margined boxes.
struct PrintContext {
  std::set<Object*> seen;
  int group_depth = 0;
  bool need_close = false;
  std::string indent() const { return std::string(static_cast<size_t>(2 * group_depth), ' '); }
  void emit(std::string& out, const std::string& text, char margin = '|') const {
    std::string prefix = indent();
    if (group_depth) prefix += std::string(1, margin) + " ";
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix + text.substr(pos, end - pos);
      pos = end;
    }
  }
};

// CPython's limits for printing exception groups (max_group_width and
// max_group_depth of traceback.TracebackException and pythonrun.c).
constexpr size_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

void format_with_context(Value exc, std::string& out, PrintContext& ctx) {
  // The chain, oldest first: (message before it, exception).
  std::vector<std::pair<const char*, Value>> chain;
  Value cur = exc;
  const char* msg = nullptr;
  while (cur.is_obj() && cur.o->kind == Kind::Exception && !ctx.seen.count(cur.o)) {
    ctx.seen.insert(cur.o);
    chain.push_back({msg, cur});
    Exception* e = as<Exception>(cur);
    if (e->cause.is_obj()) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      cur = e->cause;
    } else if (!e->suppress_context && e->context.is_obj()) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      cur = e->context;
    } else {
      break;
    }
  }
  for (size_t k = chain.size(); k-- > 0;) {
    Value x = chain[k].second;
    Exception* e = as<Exception>(x);
    if (!is_exception_group(x)) {
      if (!e->traceback.empty()) {
        ctx.emit(out, "Traceback (most recent call last):\n");
        ctx.emit(out, format_stack(e));
      }
      ctx.emit(out, format_exception_only(x));
    } else if (ctx.group_depth > kMaxGroupDepth) {
      ctx.emit(out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool toplevel = ctx.group_depth == 0;
      if (toplevel) ++ctx.group_depth;
      if (!e->traceback.empty()) {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        ctx.emit(out, format_stack(e));
      }
      ctx.emit(out, format_exception_only(x));
      Value members = e->dict->get_str(intern("exceptions"));
      const auto& items = as<Tuple>(members)->items;
      size_t n = items.size() <= kMaxGroupWidth ? items.size() : kMaxGroupWidth + 1;
      ctx.need_close = false;
      for (size_t i = 0; i < n; ++i) {
        bool last = i == n - 1;
        if (last) ctx.need_close = true;
        bool truncated = i >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
        ++ctx.group_depth;
        if (!truncated) {
          format_with_context(items[i], out, ctx);
        } else {
          size_t rem = items.size() - kMaxGroupWidth;
          ctx.emit(out, "and " + std::to_string(rem) + " more exception" + (rem > 1 ? "s" : "") + "\n");
        }
        if (last && ctx.need_close) {
          out += ctx.indent() + "+------------------------------------\n";
          ctx.need_close = false;
        }
        --ctx.group_depth;
      }
      if (toplevel) ctx.group_depth = 0;
    }
    if (chain[k].first) ctx.emit(out, chain[k].first);
  }
}

// A traceback object: a view of the exception's traceback entries.
struct TracebackObject : NativeObject {
  Value exc;
  explicit TracebackObject(Value e) : NativeObject(type()), exc(e) {}
  static TypeObject* type() {
    static TypeObject* t = nullptr;
    if (!t) {
      t = new_builtin_type("traceback", types().object, Kind::Native);
      heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
    }
    return t;
  }
  void trace(Tracer& t) override { t.mark(exc); }
  Value get_attr(Str* name) override {
    auto& tb = as<Exception>(exc)->traceback;
    if (name->s == "tb_lineno") return tb.empty() ? make_none() : make_int(tb.back().line);
    if (name->s == "tb_next" || name->s == "tb_frame") return make_none();
    return Value();
  }
};

}  // namespace

Value traceback_object(Value exc) {
  if (!(exc.is_obj() && exc.o->kind == Kind::Exception) || as<Exception>(exc)->traceback.empty()) return make_none();
  return make_obj(heap().make<TracebackObject>(exc));
}

std::string exception_type_name(Value exc) {
  TypeObject* t = type_of(exc);
  const std::string& name = (t->qualname ? t->qualname : t->name)->s;
  if (t->module && t->module->s != "__main__" && t->module->s != "builtins") return t->module->s + "." + name;
  return name;
}

std::string format_exception(Value exc) {
  std::string out;
  PrintContext ctx;
  format_with_context(exc, out, ctx);
  return out;
}

// How many exceptions the __cause__/__context__ chain of exc holds.
size_t chain_length(Value exc) {
  std::set<Object*> seen;
  size_t n = 0;
  while (exc.is_obj() && exc.o->kind == Kind::Exception && seen.insert(exc.o).second) {
    ++n;
    Exception* e = as<Exception>(exc);
    if (e->cause.is_obj()) exc = e->cause;
    else if (!e->suppress_context && e->context.is_obj()) exc = e->context;
    else break;
  }
  return n;
}

void print_exception(Value exc) {
  stdout_flush_quietly();
  // CPython prints a chain by recursing once per link (print_chained), under
  // the recursion limit; past it the printing itself fails and all that is
  // left is _PyObject_Dump of the exception and "lost sys.stderr".
  if (chain_length(exc) + 1 >= static_cast<size_t>(vm().recursion_limit)) {
    char buf[128];
    std::string text;
    std::snprintf(buf, sizeof buf, "object address  : %p\nobject refcount : 1\nobject type     : %p\n",
                  static_cast<void*>(exc.o), static_cast<void*>(type_of(exc)));
    text += buf;
    text += "object type name: " + type_of(exc)->name->s + "\n";
    text += "object repr     : " + repr(exc) + "\nlost sys.stderr\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
    return;
  }
  std::string text = format_exception(exc);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace coil::rt
