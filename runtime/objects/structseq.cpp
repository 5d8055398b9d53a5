#include "runtime/objects/structseq.h"

#include <array>
#include <deque>
#include <utility>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

namespace {

// What a struct sequence type knows beyond its dict.
struct Info {
  TypeObject* type;
  std::vector<const char*> fields;  // every field, null for an unnamed one
  size_t n_visible;
};

// The struct sequence types made so far: roots for the whole run.
std::vector<Info>& infos() {
  static std::vector<Info> v;
  return v;
}
void trace_structseq_types(Tracer& t) {
  for (Info& i : infos()) t.mark(i.type);
}
const Info& info_of(TypeObject* type) {
  for (Info& i : infos())
    if (i.type == type) return i;
  raise(exc_types().SystemError, "not a struct sequence type");
}

// "os.stat_result": the tp_name CPython's messages use.
std::string full_name(TypeObject* type) { return (type->module ? type->module->s + "." : "") + type->name->s; }

// Each named field is a read-only member descriptor, as in CPython
// (`<member 'st_mode' of 'os.stat_result' objects>`); its getter reads
// field I. The table holds one getter per field index up to the largest
// struct sequence made.
constexpr size_t kMaxFields = 32;
template <size_t I>
Value field_get(Value self) {
  return structseq_field(self, I);
}
template <size_t... I>
constexpr std::array<Getter, sizeof...(I)> make_getters(std::index_sequence<I...>) {
  return {field_get<I>...};
}
constexpr std::array<Getter, kMaxFields> kFieldGetters = make_getters(std::make_index_sequence<kMaxFields>());

// The repr names the visible fields by the names of the named fields in
// order, as CPython's structseq_repr walks tp_members (which skips unnamed
// fields): os.stat_result shows its integer times as st_atime=...
std::string structseq_repr(Value self) {
  Tuple* t = as<Tuple>(self);
  const Info& info = info_of(self.o->type);
  std::vector<const char*> named;
  for (const char* f : info.fields)
    if (f) named.push_back(f);
  std::string out = full_name(self.o->type) + "(";
  for (size_t i = 0; i < t->items.size() && i < named.size(); ++i) {
    if (i) out += ", ";
    out += std::string(named[i]) + "=" + repr(t->items[i]);
  }
  return out + ")";
}

// __reduce__: (type, (visible items, {hidden named field: value})).
Value structseq_reduce(Args& a) {
  Value self = a.v[0];
  if (!is_tuple(self)) raise(exc_types().TypeError, "__reduce__ needs a struct sequence");
  const Info& info = info_of(self.o->type);
  Tuple* t = as<Tuple>(self);
  Rooted visible(make_obj(new_tuple(t->items)));
  Dict* d = new_dict();
  Rooted keep(make_obj(d));
  for (size_t i = info.n_visible; i < info.fields.size(); ++i)
    if (info.fields[i]) d->set_str(intern(info.fields[i]), structseq_field(self, i));
  return make_obj(new_tuple({make_obj(self.o->type), make_obj(new_tuple({visible.get(), make_obj(d)}))}));
}

}  // namespace

StructSeq::StructSeq(std::vector<Value> visible, std::vector<Value> rest)
    : Tuple(std::move(visible)), hidden(std::move(rest)) {}

void StructSeq::trace(Tracer& t) {
  Tuple::trace(t);
  t.mark_range(hidden.data(), hidden.data() + hidden.size());
}

TypeObject* new_structseq_type(const StructSeqSpec& spec) {
  TypeObject* t = new_builtin_type(spec.name, types().tuple, Kind::Tuple);
  if (infos().empty()) vm().root_hooks.push_back(trace_structseq_types);
  size_t n_visible = spec.n_visible < 0 ? spec.fields.size() : static_cast<size_t>(spec.n_visible);
  infos().push_back(Info{t, spec.fields, n_visible});
  t->module = intern(spec.module);
  t->subclassing = Subclassing::Final;
  t->slots.repr = structseq_repr;
  std::vector<Value> match_args;
  int64_t unnamed = 0;
  for (size_t i = 0; i < spec.fields.size(); ++i) {
    const char* f = spec.fields[i];
    if (!f) {
      ++unnamed;
      continue;
    }
    if (i >= kMaxFields) raise(exc_types().SystemError, "struct sequence with too many fields");
    // A descriptor keeps a pointer to its entry: the entries live for the
    // run, at stable addresses.
    static std::deque<GetSetDef> defs;
    defs.push_back(GetSetDef{f, kFieldGetters[i], nullptr, true});
    add_getset_def(t, defs.back());
    if (i < n_visible) match_args.push_back(make_obj(intern(f)));
  }
  t->dict->set_str(intern("__match_args__"), make_obj(new_tuple(std::move(match_args))));
  t->dict->set_str(intern("n_unnamed_fields"), make_int(unnamed));
  t->dict->set_str(intern("n_fields"), make_int(static_cast<int64_t>(spec.fields.size())));
  t->dict->set_str(intern("n_sequence_fields"), make_int(static_cast<int64_t>(n_visible)));
  if (spec.doc) t->dict->set_str(intern("__doc__"), str_value(spec.doc));
  add_method(t, "__reduce__", structseq_reduce);
  return t;
}

TypeObject* new_structseq_type(const char* module, const char* name, std::vector<const char*> fields) {
  return new_structseq_type(StructSeqSpec{module, name, std::move(fields)});
}

Value new_structseq(TypeObject* type, std::vector<Value> items) {
  const Info& info = info_of(type);
  Tuple* t;
  if (info.n_visible == info.fields.size()) {
    t = new_tuple(std::move(items));
  } else {
    std::vector<Value> rest(items.begin() + static_cast<ptrdiff_t>(info.n_visible), items.end());
    items.resize(info.n_visible);
    t = heap().make<StructSeq>(std::move(items), std::move(rest));
  }
  t->type = type;
  return make_obj(t);
}

Value structseq_field(Value self, size_t i) {
  Tuple* t = as<Tuple>(self);
  if (i < t->items.size()) return t->items[i];
  return static_cast<StructSeq*>(t)->hidden[i - t->items.size()];
}

Value structseq_construct(TypeObject* type, Args& a) {
  const Info& info = info_of(type);
  std::string name = full_name(type);
  // Bound as structseq_new's Argument Clinic signature (sequence, dict=None);
  // bind_keyword_args counts a self first.
  std::vector<Value> with_self{make_none()};
  with_self.insert(with_self.end(), a.v, a.v + a.n + a.nkw());
  Args shifted{with_self.data(), a.n + 1, a.kwnames};
  Value v[2];
  bind_keyword_args(shifted, name.c_str(), {"sequence", "dict"}, v);
  if (v[0].is_undef()) raisef(exc_types().TypeError, "%s() missing required argument 'sequence' (pos 1)", name.c_str());
  RootedVector seq;
  if (!type_of(v[0])->slots.iter && !type_of(v[0])->slots.getitem)
    raise(exc_types().TypeError, "constructor requires a sequence");
  collect_values(v[0], seq);
  size_t len = seq.size(), min_len = info.n_visible, max_len = info.fields.size();
  const char* exact = "%s() takes a %zu-sequence (%zu-sequence given)";
  const char* at_least = "%s() takes an at least %zu-sequence (%zu-sequence given)";
  const char* at_most = "%s() takes an at most %zu-sequence (%zu-sequence given)";
  if (len < min_len) raisef(exc_types().TypeError, min_len == max_len ? exact : at_least, name.c_str(), min_len, len);
  if (len > max_len) raisef(exc_types().TypeError, min_len == max_len ? exact : at_most, name.c_str(), max_len, len);
  Value dict = v[1].is_undef() ? make_none() : v[1];
  if (!dict.is_none() && !is_dict(dict))
    raisef(exc_types().TypeError, "%s() takes a dict as second arg, if any", name.c_str());
  for (size_t i = len; i < max_len; ++i) {
    Value item = make_none();
    if (!dict.is_none() && info.fields[i]) {
      Value got = as<Dict>(dict)->get_str(intern(info.fields[i]));
      if (!got.is_undef()) item = got;
    }
    seq.push_back(item);
  }
  return new_structseq(type, std::vector<Value>(seq.begin(), seq.end()));
}

}  // namespace coil::rt
