#include "runtime/objects/structseq.h"

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

namespace {

// The getter of field i: a native bound to i, so that property calls it as
// get(i, obj).
Value field_get(Args& a) {
  Tuple* t = as<Tuple>(a.v[1]);
  return t->items[static_cast<size_t>(a.v[0].i)];
}

// Assignment to a field: "readonly attribute", as CPython's member
// descriptors of struct sequences say.
Value field_set(Args&) { raise(exc_types().AttributeError, "readonly attribute"); }

// The struct sequence types made so far: roots for the whole run.
std::vector<TypeObject*>& structseq_types() {
  static std::vector<TypeObject*> types;
  return types;
}
void trace_structseq_types(Tracer& t) {
  for (TypeObject* type : structseq_types()) t.mark(type);
}

std::string structseq_repr(Value self) {
  Tuple* t = as<Tuple>(self);
  TypeObject* type = self.o->type;
  Value fields = type->dict->get_str(COIL_NAME("__match_args__"));
  std::string out = (type->module ? type->module->s + "." : "") + type->name->s + "(";
  for (size_t i = 0; i < t->items.size(); ++i) {
    if (i) out += ", ";
    out += as_str(as<Tuple>(fields)->items[i])->s + "=" + repr(t->items[i]);
  }
  return out + ")";
}

}  // namespace

TypeObject* new_structseq_type(const char* module, const char* name, std::vector<const char*> fields) {
  TypeObject* t = new_builtin_type(name, types().tuple, Kind::Tuple);
  if (structseq_types().empty()) vm().root_hooks.push_back(trace_structseq_types);
  structseq_types().push_back(t);
  t->module = intern(module);
  t->subclassing = Subclassing::Final;
  t->slots.repr = structseq_repr;
  std::vector<Value> names;
  for (size_t i = 0; i < fields.size(); ++i) {
    Property* p = heap().make<Property>();
    p->fget = make_obj(new_native(fields[i], field_get, make_int(static_cast<int64_t>(i))));
    p->fset = make_obj(new_native(fields[i], field_set));
    t->dict->set_str(intern(fields[i]), make_obj(p));
    names.push_back(make_obj(intern(fields[i])));
  }
  t->dict->set_str(intern("__match_args__"), make_obj(new_tuple(std::move(names))));
  t->dict->set_str(intern("n_unnamed_fields"), make_int(0));
  t->dict->set_str(intern("n_fields"), make_int(static_cast<int64_t>(fields.size())));
  t->dict->set_str(intern("n_sequence_fields"), make_int(static_cast<int64_t>(fields.size())));
  return t;
}

Value new_structseq(TypeObject* type, std::vector<Value> items) {
  Tuple* t = new_tuple(std::move(items));
  t->type = type;
  return make_obj(t);
}

}  // namespace coil::rt
