// re.Match, the outcome of a successful match (CPython's MatchObject), and
// _sre.SRE_Scanner, the state of finditer and Pattern.scanner between
// matches.
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
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/sre.h"

namespace coil::rt::sre {

namespace {

TypeObject* g_match_type = nullptr;
TypeObject* g_scanner_type = nullptr;

MatchObject* as_match(Value v) { return static_cast<MatchObject*>(v.o); }
PatternObject* pattern_of(const MatchObject* m) { return static_cast<PatternObject*>(m->pattern.o); }

// The text of group `index`, or `def` when it did not take part. A
// bytes-like subject is read again, as it is now (CPython's
// match_getslice_by_index).
Value group_text(const MatchObject* m, int64_t index, Value def) {
  int64_t i = m->marks[static_cast<size_t>(2 * index)];
  int64_t j = m->marks[static_cast<size_t>(2 * index + 1)];
  if (m->string.is_none() || i < 0) return def;
  if (kind_is(m->string, Kind::Str)) {
    const Str* s = as_str(m->string);
    return slice_subject(m->string, false, reinterpret_cast<const uint8_t*>(s->s.data()), m->wide.get(), s->length,
                         i, j);
  }
  std::string_view view;
  std::string scratch;
  if (!get_buffer(m->string, &view, &scratch))
    raisef(exc_types().TypeError, "expected string or bytes-like object, got '%s'", type_name(m->string).c_str());
  int64_t length = static_cast<int64_t>(view.size());
  i = std::min(i, length);
  j = std::min(j, length);
  return slice_subject(m->string, true, reinterpret_cast<const uint8_t*>(view.data()), nullptr, length, i, j);
}

// The group an argument names: a number (anything with __index__) or a name
// from the pattern's groupindex. IndexError "no such group" otherwise.
int64_t group_index(const MatchObject* m, Value index) {
  int64_t i = -1;
  Value as_int = index_or_undef(index);
  if (!as_int.is_undef()) {
    i = index_ssize_of(as_int, index, nullptr);
  } else {
    Value gi = pattern_of(m)->groupindex;
    if (!gi.is_undef()) {
      Value found = as<Dict>(gi)->get(index);
      if (!found.is_undef() && isinstance(found, types().int_)) i = index_ssize(found, nullptr);
    }
  }
  if (i < 0 || i >= m->groups()) raise(exc_types().IndexError, "no such group");
  return i;
}

Value group_of(const MatchObject* m, Value index) { return group_text(m, group_index(m, index), make_none()); }

Value span_pair(int64_t a, int64_t b) { return make_obj(new_tuple({make_int(a), make_int(b)})); }

Value m_group(Args& a) {
  MatchObject* m = as_match(a.v[0]);
  check_no_keywords(a, "Match.group");
  int n = a.n - 1;
  if (n == 0) return group_text(m, 0, make_none());
  if (n == 1) return group_of(m, a.v[1]);
  Tuple* t = new_tuple();
  Rooted keep(make_obj(t));
  for (int k = 1; k <= n; ++k) t->items.push_back(group_of(m, a.v[k]));
  return make_obj(t);
}

Value m_groups(Args& a) {
  MatchObject* m = as_match(a.v[0]);
  Value def;
  bind_keyword_args(a, "groups", {"default"}, &def);
  if (def.is_undef()) def = make_none();
  Tuple* t = new_tuple();
  Rooted keep(make_obj(t));
  for (int64_t g = 1; g < m->groups(); ++g) t->items.push_back(group_text(m, g, def));
  return make_obj(t);
}

Value m_groupdict(Args& a) {
  MatchObject* m = as_match(a.v[0]);
  Value def;
  bind_keyword_args(a, "groupdict", {"default"}, &def);
  if (def.is_undef()) def = make_none();
  Dict* d = new_dict();
  Rooted keep(make_obj(d));
  Value gi = pattern_of(m)->groupindex;
  if (gi.is_undef()) return make_obj(d);
  // The names are copied first: a key's __eq__ could change the dict.
  RootedVector names;
  for (const DictEntry& e : as<Dict>(gi)->entries)
    if (!e.key.is_undef()) names.push_back(e.key);
  for (Value name : names) d->set(name, group_text(m, group_index(m, name), def));
  return make_obj(d);
}

Value m_start(Args& a) {
  check_arg_count("start", a.n - 1, 0, 1);
  MatchObject* m = as_match(a.v[0]);
  int64_t g = a.n > 1 ? group_index(m, a.v[1]) : 0;
  return make_int(m->marks[static_cast<size_t>(2 * g)]);
}

Value m_end(Args& a) {
  check_arg_count("end", a.n - 1, 0, 1);
  MatchObject* m = as_match(a.v[0]);
  int64_t g = a.n > 1 ? group_index(m, a.v[1]) : 0;
  return make_int(m->marks[static_cast<size_t>(2 * g + 1)]);
}

Value m_span(Args& a) {
  check_arg_count("span", a.n - 1, 0, 1);
  MatchObject* m = as_match(a.v[0]);
  int64_t g = a.n > 1 ? group_index(m, a.v[1]) : 0;
  return span_pair(m->marks[static_cast<size_t>(2 * g)], m->marks[static_cast<size_t>(2 * g + 1)]);
}

Value m_expand(Args& a) {
  Value tmpl;
  bind_keyword_args(a, "expand", {"template"}, &tmpl);
  if (tmpl.is_undef()) raise(exc_types().TypeError, "expand() missing required argument 'template' (pos 1)");
  Rooted keep(tmpl);
  Value expand = re_module_attr("_expand");
  Rooted keep_expand(expand);
  Value args[3] = {as_match(a.v[0])->pattern, a.v[0], tmpl};
  return call(expand, args, 3);
}

Value m_copy(Args& a) { return a.v[0]; }

const MethodDef kMatchMethods[] = {
    {"group", m_group, ArgSpec::Any, 0, 0,
     "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n"
     "    For 0 returns the entire match."},
    {"start", m_start, ArgSpec::Any, 0, 0, "Return index of the start of the substring matched by group."},
    {"end", m_end, ArgSpec::Any, 0, 0, "Return index of the end of the substring matched by group."},
    {"span", m_span, ArgSpec::Any, 0, 0, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"groups", m_groups, ArgSpec::Any, 0, 0, "Return a tuple containing all the subgroups of the match, from 1."},
    {"groupdict", m_groupdict, ArgSpec::Any, 0, 0,
     "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
    {"expand", m_expand, ArgSpec::Any, 0, 0,
     "Return the string obtained by doing backslash substitution on the string template, as done by the sub() "
     "method."},
    {"__copy__", m_copy, ArgSpec::NoArgs},
    {"__deepcopy__", m_copy, ArgSpec::One},
};

Value get_string(Value self) { return as_match(self)->string; }
Value get_re(Value self) { return as_match(self)->pattern; }
Value get_pos(Value self) { return make_int(as_match(self)->pos); }
Value get_endpos(Value self) { return make_int(as_match(self)->endpos); }
Value get_lastindex(Value self) {
  int64_t i = as_match(self)->lastindex;
  return i >= 0 ? make_int(i) : make_none();
}
Value get_lastgroup(Value self) {
  MatchObject* m = as_match(self);
  Value ig = pattern_of(m)->indexgroup;
  if (ig.is_undef() || m->lastindex < 0 || m->lastindex >= static_cast<int64_t>(as<Tuple>(ig)->size()))
    return make_none();
  return as<Tuple>(ig)->items[static_cast<size_t>(m->lastindex)];
}
Value get_regs(Value self) {
  MatchObject* m = as_match(self);
  if (!m->regs.is_undef()) return m->regs;
  Tuple* t = new_tuple();
  Rooted keep(make_obj(t));
  for (int64_t g = 0; g < m->groups(); ++g)
    t->items.push_back(span_pair(m->marks[static_cast<size_t>(2 * g)], m->marks[static_cast<size_t>(2 * g + 1)]));
  m->regs = make_obj(t);
  return m->regs;
}

const GetSetDef kMatchGetSets[] = {
    {"string", get_string, nullptr, true, "The string passed to match() or search()."},
    {"re", get_re, nullptr, true, "The regular expression object."},
    {"pos", get_pos, nullptr, true,
     "The index into the string at which the RE engine started looking for a match."},
    {"endpos", get_endpos, nullptr, true, "The index into the string beyond which the RE engine will not go."},
    {"lastindex", get_lastindex, nullptr, false, "The integer index of the last matched capturing group."},
    {"lastgroup", get_lastgroup, nullptr, false, "The name of the last matched capturing group."},
    {"regs", get_regs},
};

std::string match_repr(Value self) {
  MatchObject* m = as_match(self);
  Value group0 = group_text(m, 0, make_none());
  std::string text = repr(group0);
  size_t cut = 0;  // the first 50 code points (CPython's %.50R)
  for (int k = 0; k < 50 && cut < text.size(); ++k) utf8_decode(text, cut);
  return "<re.Match object; span=(" + std::to_string(m->marks[0]) + ", " + std::to_string(m->marks[1]) +
         "), match=" + text.substr(0, cut) + ">";
}

Value match_getitem(Value self, Value key) { return group_of(as_match(self), key); }

Value match_new(Args&) { raise(exc_types().TypeError, "cannot create 're.Match' instances"); }

// ---- the scanner

ScannerObject* as_scanner(Value v) { return static_cast<ScannerObject*>(v.o); }

// One attempt from where the last match ended: the next match, or None
// (and None ever after).
Value scan(Args& a, bool search) {
  ScannerObject* sc = as_scanner(a.v[0]);
  if (sc->executing) raise(exc_types().ValueError, "regular expression scanner already executing");
  if (sc->done) return make_none();
  struct Executing {
    ScannerObject* sc;
    explicit Executing(ScannerObject* s) : sc(s) { sc->executing = true; }
    ~Executing() { sc->executing = false; }
  } guard(sc);
  PatternObject* p = static_cast<PatternObject*>(sc->pattern.o);
  State& st = sc->state;
  bool found = search ? run_search(st, p->code) : run_match(st, p->code);
  if (!found) {
    sc->done = true;
    return make_none();
  }
  Value m = new_match(p, st);
  st.must_advance = st.ptr == st.start;
  st.start = st.ptr;
  return m;
}
Value s_match(Args& a) { return scan(a, false); }
Value s_search(Args& a) { return scan(a, true); }

const MethodDef kScannerMethods[] = {
    {"match", s_match, ArgSpec::NoArgs},
    {"search", s_search, ArgSpec::NoArgs},
};

Value get_scanner_pattern(Value self) { return as_scanner(self)->pattern; }
const GetSetDef kScannerGetSets[] = {{"pattern", get_scanner_pattern, nullptr, true}};

Value scanner_new(Args&) { raise(exc_types().TypeError, "cannot create '_sre.SRE_Scanner' instances"); }

}  // namespace

MatchObject::MatchObject() : NativeObject(g_match_type) {}

void MatchObject::trace(Tracer& t) {
  t.mark(string);
  t.mark(pattern);
  t.mark(regs);
}

ScannerObject::ScannerObject() : NativeObject(g_scanner_type) {}

void ScannerObject::trace(Tracer& t) {
  t.mark(pattern);
  t.mark(state.string);
}

TypeObject* match_type() { return g_match_type; }
TypeObject* scanner_type() { return g_scanner_type; }

Value new_match(PatternObject* p, const State& st) {
  MatchObject* m = heap().make<MatchObject>();
  m->pattern = make_obj(p);
  m->string = st.string;
  m->marks.assign(static_cast<size_t>(2 * (p->groups + 1)), -1);
  m->marks[0] = st.start;
  m->marks[1] = st.ptr;
  for (int64_t g = 0; g < p->groups; ++g) {
    size_t j = static_cast<size_t>(2 * g);
    if (static_cast<int64_t>(j + 1) <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
      if (st.mark[j] > st.mark[j + 1])
        raise(exc_types().SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
      m->marks[j + 2] = st.mark[j];
      m->marks[j + 3] = st.mark[j + 1];
    }
  }
  m->pos = st.pos;
  m->endpos = st.endpos;
  m->lastindex = st.lastindex;
  m->wide = st.wide;
  return make_obj(m);
}

Value new_scanner(PatternObject* p, Value string, int64_t pos, int64_t endpos) {
  ScannerObject* sc = heap().make<ScannerObject>();
  Rooted keep(make_obj(sc));
  sc->pattern = make_obj(p);
  state_init(sc->state, p, string, pos, endpos);
  return make_obj(sc);
}

void init_match_types() {
  if (g_match_type) return;
  g_match_type = new_builtin_type("Match", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_match_type));
  g_match_type->module = intern("re");
  g_match_type->tp_name = "re.Match";
  g_match_type->dict->set_str(intern("__module__"), str_value("re"));
  g_match_type->subclassing = Subclassing::Final;
  g_match_type->ctor = match_new;
  g_match_type->dict->set_str(
      intern("__doc__"),
      str_value("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."));
  g_match_type->slots.repr = match_repr;
  g_match_type->slots.getitem = match_getitem;
  add_slot_methods(g_match_type);
  add_methods(g_match_type, kMatchMethods);
  add_getsets(g_match_type, kMatchGetSets);
  add_classmethod(g_match_type, "__class_getitem__", class_getitem_generic_alias);

  g_scanner_type = new_builtin_type("SRE_Scanner", types().object, Kind::Native);
  heap().permanent_objects.push_back(reinterpret_cast<Object**>(&g_scanner_type));
  g_scanner_type->module = intern("_sre");
  g_scanner_type->tp_name = "_sre.SRE_Scanner";
  g_scanner_type->dict->set_str(intern("__module__"), str_value("_sre"));
  g_scanner_type->subclassing = Subclassing::Final;
  g_scanner_type->ctor = scanner_new;
  add_methods(g_scanner_type, kScannerMethods);
  add_getsets(g_scanner_type, kScannerGetSets);
}

}  // namespace coil::rt::sre
