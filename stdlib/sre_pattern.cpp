// re.Pattern: a compiled regular expression (CPython's PatternObject), and
// _sre.compile, which makes one from re._compiler's code list.
#include <climits>

#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/native.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descriptor.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/mappingproxy.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/sre.h"

namespace coil::rt::sre {

namespace {

TypeObject* g_pattern_type = nullptr;

PatternObject* self_pattern(Args& a) { return static_cast<PatternObject*>(a.v[0].o); }

[[noreturn]] void missing_argument(const char* fn, const char* name, int position) {
  raisef(exc_types().TypeError, "%s() missing required argument '%s' (pos %d)", fn, name, position);
}

// The (string, pos=0, endpos=sys.maxsize) of match, search, findall, ...
struct SubjectArgs {
  Value string;
  int64_t pos = 0;
  int64_t endpos = INT64_MAX;
};
SubjectArgs subject_args(Args& a, const char* fn) {
  Value out[3];
  bind_keyword_args(a, fn, {"string", "pos", "endpos"}, out);
  if (out[0].is_undef()) missing_argument(fn, "string", 1);
  SubjectArgs r;
  r.string = out[0];
  if (!out[1].is_undef()) r.pos = as_ssize(out[1]);
  if (!out[2].is_undef()) r.endpos = as_ssize(out[2]);
  return r;
}

// match, fullmatch and search.
enum class Mode { Match, FullMatch, Search };
Value run_one(Args& a, const char* fn, Mode mode) {
  PatternObject* self = self_pattern(a);
  SubjectArgs sa = subject_args(a, fn);
  State st;
  state_init(st, self, sa.string, sa.pos, sa.endpos);
  st.match_all = mode == Mode::FullMatch;
  bool found = mode == Mode::Search ? run_search(st, self->code) : run_match(st, self->code);
  return found ? new_match(self, st) : make_none();
}
Value p_match(Args& a) { return run_one(a, "match", Mode::Match); }
Value p_fullmatch(Args& a) { return run_one(a, "fullmatch", Mode::FullMatch); }
Value p_search(Args& a) { return run_one(a, "search", Mode::Search); }

// After a match at [st.start, st.ptr), the next search starts at its end
// and may not match the empty string where this one ended empty.
void advance(State& st) {
  st.must_advance = st.ptr == st.start;
  st.start = st.ptr;
}

Value p_findall(Args& a) {
  PatternObject* self = self_pattern(a);
  SubjectArgs sa = subject_args(a, "findall");
  State st;
  state_init(st, self, sa.string, sa.pos, sa.endpos);
  List* list = new_list();
  Rooted keep(make_obj(list));  // a signal handler may run while searching
  while (st.start <= st.end) {
    if (!run_search(st, self->code)) break;
    Value item;
    if (self->groups == 0) {
      item = state_slice(st, st.start, st.ptr);
    } else if (self->groups == 1) {
      item = state_group(st, 1, true);
    } else {
      Tuple* t = new_tuple();
      item = make_obj(t);
      t->items.reserve(static_cast<size_t>(self->groups));
      for (int64_t g = 1; g <= self->groups; ++g) t->items.push_back(state_group(st, g, true));
    }
    list->items.push_back(item);
    advance(st);
  }
  return make_obj(list);
}

Value p_scanner(Args& a) {
  SubjectArgs sa = subject_args(a, "scanner");
  return new_scanner(self_pattern(a), sa.string, sa.pos, sa.endpos);
}

Value p_finditer(Args& a) {
  // iter(scanner.search, None), as CPython builds it.
  SubjectArgs sa = subject_args(a, "finditer");
  Value scanner = new_scanner(self_pattern(a), sa.string, sa.pos, sa.endpos);
  Rooted keep(scanner);
  Value search = getattr(scanner, COIL_NAME("search"));
  Rooted keep_search(search);
  Iterator* it = heap().make<Iterator>(iterator_type(IterKind::Callable, search), IterKind::Callable, search);
  it->fn = make_none();  // the sentinel
  return make_obj(it);
}

Value p_split(Args& a) {
  PatternObject* self = self_pattern(a);
  Value out[2];
  bind_keyword_args(a, "split", {"string", "maxsplit"}, out);
  if (out[0].is_undef()) missing_argument("split", "string", 1);
  int64_t maxsplit = out[1].is_undef() ? 0 : as_ssize(out[1]);
  State st;
  state_init(st, self, out[0], 0, INT64_MAX);
  List* list = new_list();
  Rooted keep(make_obj(list));
  int64_t n = 0;
  int64_t last = st.start;
  while (!maxsplit || n < maxsplit) {
    if (!run_search(st, self->code)) break;
    list->items.push_back(state_slice(st, last, st.start));  // the text before the match
    for (int64_t g = 1; g <= self->groups; ++g) list->items.push_back(state_group(st, g, false));
    ++n;
    advance(st);
    last = st.start;
  }
  list->items.push_back(state_slice(st, last, st.endpos));
  return make_obj(list);
}

// One piece of an expanded template: a literal, or the text of a group.
struct TemplatePart {
  Value literal;  // Undef for a group
  int64_t group;
};

// re._compile_repl's (groups, literals) as the parts of the expansion, in
// order: re._parser.expand_template's work, done here for each match. False
// when the value has another shape or its literals are not of the subject's
// type; re._subx's filter then expands it, with CPython's errors.
bool template_parts(Value compiled, bool isbytes, int64_t groups, std::vector<TemplatePart>& parts) {
  if (!kind_is(compiled, Kind::Tuple) || as<Tuple>(compiled)->size() != 2) return false;
  Value refs = as<Tuple>(compiled)->items[0], literals = as<Tuple>(compiled)->items[1];
  if (!kind_is(refs, Kind::List) || !kind_is(literals, Kind::List)) return false;
  const std::vector<Value>& lits = as<List>(literals)->items;
  parts.assign(lits.size(), TemplatePart{Value(), -1});
  for (size_t k = 0; k < lits.size(); ++k) {
    if (lits[k].is_none()) continue;
    if (!(isbytes ? is_exact(lits[k], Kind::Bytes) : is_exact(lits[k], Kind::Str))) return false;
    parts[k].literal = lits[k];
  }
  for (Value ref : as<List>(refs)->items) {
    if (!kind_is(ref, Kind::Tuple) || as<Tuple>(ref)->size() != 2) return false;
    Value index = as<Tuple>(ref)->items[0], group = as<Tuple>(ref)->items[1];
    if (!index.is_int() || !group.is_int() || index.as_int() < 0 ||
        index.as_int() >= static_cast<int64_t>(parts.size()) || group.as_int() < 0 || group.as_int() > groups)
      return false;
    parts[static_cast<size_t>(index.as_int())].group = group.as_int();
  }
  for (const TemplatePart& part : parts)
    if (part.literal.is_undef() && part.group < 0) return false;
  return true;
}

// sub and subn. The replacement is a callable given each match, a str or
// bytes without backslashes used as it is, or a template. CPython 3.11 hands
// a template to re._subx, which compiles it with re._compile_repl (cached)
// and returns the literal it stands for or a function expanding it per
// match; here the compiled template is expanded natively when it can be.
Value substitute(Args& a, const char* fn, bool with_count) {
  PatternObject* self = self_pattern(a);
  Value out[3];
  bind_keyword_args(a, fn, {"repl", "string", "count"}, out);
  if (out[0].is_undef()) missing_argument(fn, "repl", 1);
  if (out[1].is_undef()) missing_argument(fn, "string", 2);
  int64_t count = out[2].is_undef() ? 0 : as_ssize(out[2]);
  Value repl = out[0];
  Value string = out[1];

  enum { kLiteral, kTemplate, kCallable } kind = kLiteral;
  Rooted filter(repl);  // the literal, the callable, or the compiled template
  if (is_callable(repl)) {
    kind = kCallable;
  } else {
    bool literal;
    std::string_view view;
    std::string scratch;
    if (kind_is(repl, Kind::Str))
      literal = as_str(repl)->s.find('\\') == std::string::npos;
    else if (get_buffer(repl, &view, &scratch))
      literal = view.find('\\') == std::string_view::npos;
    else
      literal = false;
    if (!literal) {
      Value compile_repl = re_module_attr("_compile_repl");
      Rooted keep(compile_repl);
      filter.set(call2(compile_repl, repl, a.v[0]));
      kind = kTemplate;
    }
  }

  State st;
  state_init(st, self, string, 0, INT64_MAX);
  std::vector<TemplatePart> parts;
  if (kind == kTemplate) {
    // expand_template joins with the subject's own empty slice: a memoryview
    // has no join, which only its filter reports.
    bool joinable = kind_is(string, Kind::Str) || kind_is(string, Kind::Bytes) || kind_is(string, Kind::ByteArray);
    if (!joinable || !template_parts(filter.get(), st.isbytes, self->groups, parts)) {
      Value subx = re_module_attr("_subx");
      Rooted keep(subx);
      filter.set(call2(subx, a.v[0], repl));
      kind = is_callable(filter.get()) ? kCallable : kLiteral;
    } else if (parts.size() == 1 && parts[0].group < 0) {
      filter.set(parts[0].literal);  // no group references after all
      kind = kLiteral;
    }
  }

  RootedVector pieces;
  int64_t n = 0;
  int64_t i = 0;  // the end of the last match
  while (!count || n < count) {
    if (!run_search(st, self->code)) break;
    int64_t b = st.start, e = st.ptr;
    if (i < b) pieces.push_back(state_slice(st, i, b));
    if (kind == kTemplate) {
      for (const TemplatePart& part : parts) {
        if (part.group < 0)
          pieces.push_back(part.literal);
        else if (part.group == 0)
          pieces.push_back(state_slice(st, b, e));
        else
          pieces.push_back(state_group(st, part.group, true));  // an unmatched group is empty
      }
    } else {
      Value item = filter.get();
      if (kind == kCallable) {
        Rooted match(new_match(self, st));
        item = call1(filter.get(), match.get());
      }
      if (!item.is_none()) pieces.push_back(item);
    }
    i = e;
    ++n;
    advance(st);
  }
  if (i < st.endpos) pieces.push_back(state_slice(st, i, st.endpos));

  Value result = pieces.empty() ? state_slice(st, 0, 0) : join_pieces(pieces, st.isbytes);
  if (!with_count) return result;
  Rooted keep(result);
  return make_obj(new_tuple({result, make_int(n)}));
}
Value p_sub(Args& a) { return substitute(a, "sub", false); }
Value p_subn(Args& a) { return substitute(a, "subn", true); }

Value p_copy(Args& a) { return a.v[0]; }

const MethodDef kMethods[] = {
    {"match", p_match, ArgSpec::Any, 0, 0, "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", p_fullmatch, ArgSpec::Any, 0, 0, "Matches against all of the string."},
    {"search", p_search, ArgSpec::Any, 0, 0,
     "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
     "Return None if no position in the string matches."},
    {"sub", p_sub, ArgSpec::Any, 0, 0,
     "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by "
     "the replacement repl."},
    {"subn", p_subn, ArgSpec::Any, 0, 0,
     "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping "
     "occurrences of pattern with the replacement repl."},
    {"findall", p_findall, ArgSpec::Any, 0, 0, "Return a list of all non-overlapping matches of pattern in string."},
    {"split", p_split, ArgSpec::Any, 0, 0, "Split string by the occurrences of pattern."},
    {"finditer", p_finditer, ArgSpec::Any, 0, 0,
     "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
     "For each match, the iterator returns a match object."},
    {"scanner", p_scanner, ArgSpec::Any},
    {"__copy__", p_copy, ArgSpec::NoArgs},
    {"__deepcopy__", p_copy, ArgSpec::One},
};

Value get_pattern(Value self) { return static_cast<PatternObject*>(self.o)->pattern; }
Value get_flags(Value self) { return make_int(static_cast<PatternObject*>(self.o)->flags); }
Value get_groups(Value self) { return make_int(static_cast<PatternObject*>(self.o)->groups); }
Value get_groupindex(Value self) {
  // A read-only view of the names, or a fresh empty dict when there are none.
  Value gi = static_cast<PatternObject*>(self.o)->groupindex;
  return gi.is_undef() ? make_obj(new_dict()) : new_mappingproxy(gi);
}

const GetSetDef kGetSets[] = {
    {"pattern", get_pattern, nullptr, true, "The pattern string from which the RE object was compiled."},
    {"flags", get_flags, nullptr, true, "The regex matching flags."},
    {"groups", get_groups, nullptr, true, "The number of capturing groups in the pattern."},
    {"groupindex", get_groupindex, nullptr, false, "A dictionary mapping group names to group numbers."},
};

// The first n code points of a UTF-8 text (CPython's %.200R).
std::string truncated(const std::string& text, int64_t n) {
  size_t i = 0;
  for (int64_t k = 0; k < n && i < text.size(); ++k) utf8_decode(text, i);
  return text.substr(0, i);
}

std::string pattern_repr(Value v) {
  static const struct {
    const char* name;
    int value;
  } kFlagNames[] = {
      {"re.IGNORECASE", FLAG_IGNORECASE}, {"re.LOCALE", FLAG_LOCALE},   {"re.MULTILINE", FLAG_MULTILINE},
      {"re.DOTALL", FLAG_DOTALL},         {"re.UNICODE", FLAG_UNICODE}, {"re.VERBOSE", FLAG_VERBOSE},
      {"re.DEBUG", FLAG_DEBUG},           {"re.ASCII", FLAG_ASCII},
  };
  PatternObject* p = static_cast<PatternObject*>(v.o);
  int flags = p->flags;
  // re.UNICODE is a str pattern's default: not shown.
  if (p->isbytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  std::string names;
  for (const auto& f : kFlagNames) {
    if (!(flags & f.value)) continue;
    if (!names.empty()) names += "|";
    names += f.name;
    flags &= ~f.value;
  }
  if (flags) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%x", static_cast<unsigned>(flags));
    if (!names.empty()) names += "|";
    names += buf;
  }
  std::string source = truncated(repr(p->pattern), 200);
  if (names.empty()) return "re.compile(" + source + ")";
  return "re.compile(" + source + ", " + names + ")";
}

int64_t pattern_hash(Value v) {
  PatternObject* p = static_cast<PatternObject*>(v.o);
  int64_t h = hash_value(p->pattern);
  h ^= hash_bytes(std::string_view(reinterpret_cast<const char*>(p->code.data()), p->code.size() * sizeof(Code)));
  h ^= p->flags;
  h ^= p->isbytes;
  h ^= static_cast<int64_t>(p->code.size());
  return h == -1 ? -2 : h;
}

Value pattern_richcompare(Value self, Value other, int op) {
  if (op != kCmpEq && op != kCmpNe) return not_implemented();
  if (!other.is_obj() || other.o->type != g_pattern_type) return not_implemented();
  bool equal;
  if (self.o == other.o) {
    equal = true;
  } else {
    PatternObject* l = static_cast<PatternObject*>(self.o);
    PatternObject* r = static_cast<PatternObject*>(other.o);
    // The code as well as the source: under re.LOCALE one source may compile
    // differently. Groups follow from the source.
    equal = l->flags == r->flags && l->isbytes == r->isbytes && l->code == r->code &&
            compare_bool(kCmpEq, l->pattern, r->pattern);
  }
  return make_bool(equal == (op == kCmpEq));
}

Value pattern_new(Args&) { raise(exc_types().TypeError, "cannot create 're.Pattern' instances"); }

}  // namespace

PatternObject::PatternObject() : NativeObject(g_pattern_type) {}

void PatternObject::trace(Tracer& t) {
  t.mark(pattern);
  t.mark(groupindex);
  t.mark(indexgroup);
}

TypeObject* pattern_type() { return g_pattern_type; }

void init_pattern_type() {
  if (g_pattern_type) return;
  g_pattern_type = new_builtin_type("Pattern", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_pattern_type));
  g_pattern_type->module = intern("re");
  g_pattern_type->tp_name = "re.Pattern";
  g_pattern_type->dict->set_str(intern("__module__"), str_value("re"));
  g_pattern_type->subclassing = Subclassing::Final;
  g_pattern_type->ctor = pattern_new;
  g_pattern_type->dict->set_str(intern("__doc__"), str_value("Compiled regular expression object."));
  TypeSlots& s = g_pattern_type->slots;
  s.repr = pattern_repr;
  s.hash = pattern_hash;
  s.richcompare = pattern_richcompare;
  add_slot_methods(g_pattern_type);
  add_methods(g_pattern_type, kMethods);
  add_getsets(g_pattern_type, kGetSets);
  add_classmethod(g_pattern_type, "__class_getitem__", class_getitem_generic_alias);
}

// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
Value sre_compile(Args& a) {
  // bind_keyword_args reads the arguments after a self; a module function
  // has none, so one is put in front.
  Value out[6];
  std::vector<Value> with_self(static_cast<size_t>(a.n + a.nkw() + 1));
  std::copy(a.v, a.v + a.n + a.nkw(), with_self.begin() + 1);
  Args shifted{with_self.data(), a.n + 1, a.kwnames, a.callee};
  bind_keyword_args(shifted, "compile", {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, out);
  static const char* const kNames[] = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};
  for (int i = 0; i < 6; ++i)
    if (out[i].is_undef()) missing_argument("compile", kNames[i], i + 1);
  int flags = as_c_int(out[1]);
  auto bad_type = [](const char* name, const char* want, Value got) {
    raisef(exc_types().TypeError, "compile() argument '%s' must be %s, not %s", name, want, type_name(got).c_str());
  };
  if (!kind_is(out[2], Kind::List)) bad_type("code", "list", out[2]);
  int64_t groups = as_ssize(out[3]);
  if (!kind_is(out[4], Kind::Dict)) bad_type("groupindex", "dict", out[4]);
  if (!kind_is(out[5], Kind::Tuple)) bad_type("indexgroup", "tuple", out[5]);

  PatternObject* p = heap().make<PatternObject>();
  Rooted keep(make_obj(p));
  const std::vector<Value>& items = as<List>(out[2])->items;
  p->code.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    Value v = items[i];
    if (!isinstance(v, types().int_)) raise(exc_types().TypeError, "an integer is required");
    int64_t n = index_ssize(v, nullptr);
    if (n < 0) raise(exc_types().OverflowError, "can't convert negative value to unsigned int");
    if (n > static_cast<int64_t>(kMaxRepeat))
      raise(exc_types().OverflowError, "regular expression code size limit exceeded");
    p->code.push_back(static_cast<Code>(n));
  }
  Value pattern = out[0];
  if (pattern.is_none()) {
    p->isbytes = -1;
  } else if (kind_is(pattern, Kind::Str)) {
    p->isbytes = 0;
  } else {
    std::string_view view;
    std::string scratch;
    if (!get_buffer(pattern, &view, &scratch))
      raisef(exc_types().TypeError, "expected string or bytes-like object, got '%s'", type_name(pattern).c_str());
    p->isbytes = 1;
  }
  p->pattern = pattern;
  p->flags = flags;
  p->groups = groups;
  if (as<Dict>(out[4])->size() > 0) {
    p->groupindex = out[4];
    if (as<Tuple>(out[5])->size() > 0) p->indexgroup = out[5];
  }
  if (!code_is_valid(p->code, groups)) raise(exc_types().RuntimeError, "invalid SRE code");
  return make_obj(p);
}

}  // namespace coil::rt::sre
