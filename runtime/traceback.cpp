#include "runtime/traceback.h"

#include <cstdio>
#include <set>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/source_cache.h"
#include "runtime/str.h"
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

void format_one(Value exc, std::string& out) {
  Exception* e = as<Exception>(exc);
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
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
      std::string key = file + ":" + std::to_string(t.line) + ":" + func;
      if (key == last_key) {
        ++repeat;
        if (repeat > 3) continue;
      } else {
        flush_repeat();
        last_key = key;
        repeat = 1;
      }
      out += "  File \"" + file + "\", line " + std::to_string(t.line) + ", in " + func + "\n";
      std::string src = t.code ? strip(source_line(file, t.line)) : std::string(t.source ? t.source : "");
      if (!src.empty()) out += "    " + src + "\n";
    }
    flush_repeat();
  }
  if (e->type->is_subtype(exc_types().SyntaxError) && !dict_attr(e, "lineno").is_undef()) {
    format_syntax_error(e, out);
    return;
  }
  std::string msg;
  try {
    msg = str(exc);
  } catch (PyError&) {
    msg = "<exception str() failed>";
  }
  out += exception_type_name(exc);
  if (!msg.empty()) out += ": " + msg;
  out += "\n";
  Value notes = dict_attr(e, "__notes__");
  if (is_list(notes))
    for (Value n : as<List>(notes)->items) out += str(n) + "\n";
}

void format_chain(Value exc, std::string& out, std::set<Object*>& seen) {
  if (!(exc.is_obj() && exc.o->kind == Kind::Exception)) return;
  seen.insert(exc.o);
  Exception* e = as<Exception>(exc);
  if (e->cause.is_obj() && !seen.count(e->cause.o)) {
    format_chain(e->cause, out, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && e->context.is_obj() && !seen.count(e->context.o)) {
    format_chain(e->context, out, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(exc, out);
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
  if (t->module && t->module->s != "__main__" && t->module->s != "builtins") return t->module->s + "." + t->name->s;
  return t->name->s;
}

std::string format_exception(Value exc) {
  std::string out;
  std::set<Object*> seen;
  format_chain(exc, out, seen);
  return out;
}

void print_exception(Value exc) {
  std::fflush(stdout);
  std::string text = format_exception(exc);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace coil::rt
