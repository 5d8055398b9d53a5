#include "runtime/objects/descriptor.h"

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/weakref.h"

namespace coil::rt {

GetSetDescriptor::GetSetDescriptor(const GetSetDef* def, TypeObject* owner, Str* name)
    : Object(Kind::GetSet, !def || def->member ? types().member_descriptor : types().getset_descriptor),
      def(def),
      owner(owner),
      name(name) {}

void GetSetDescriptor::trace(Tracer& t) {
  t.mark(owner);
  t.mark(name);
}

Value new_getset(const GetSetDef& def, TypeObject* owner) {
  return make_obj(heap().make<GetSetDescriptor>(&def, owner, intern(def.name)));
}

void add_getset_def(TypeObject* t, const GetSetDef& def) {
  Rooted keep(new_getset(def, t));
  t->dict->set_str(as<GetSetDescriptor>(keep.get())->name, keep.get());
}

Value new_slot_member(TypeObject* cls, Str* name) {
  return make_obj(heap().make<GetSetDescriptor>(nullptr, cls, name));
}

// The owner as CPython's messages name it, by tp_name: a built-in type of a
// module with its module ("posix.DirEntry", "sys.version_info"), others
// bare ("function", a class's own name).
static std::string owner_name(const GetSetDescriptor* d) {
  const TypeObject* t = d->owner;
  if (t->is_builtin && t->module && t->module->s != "builtins") return t->module->s + "." + t->name->s;
  return t->name->s;
}

static void check_owner(GetSetDescriptor* d, Value obj) {
  if (!type_of(obj)->is_subtype(d->owner))
    raisef(exc_types().TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->name->s.c_str(),
           owner_name(d).c_str(), type_name(obj).c_str());
}

Value getset_get(Value dv, Value obj) {
  GetSetDescriptor* d = as<GetSetDescriptor>(dv);
  check_owner(d, obj);
  if (d->def) return d->def->get(obj);
  InstanceAttrs* ia = instance_attrs(obj);
  Value v = ia && ia->slot_values ? ia->slot_values->get_str(d->name) : Value();
  if (v.is_undef())
    raise_attribute_error(obj, d->name, "'" + type_name(obj) + "' object has no attribute '" + d->name->s + "'");
  return v;
}

void getset_set(Value dv, Value obj, Value value) {
  GetSetDescriptor* d = as<GetSetDescriptor>(dv);
  check_owner(d, obj);
  if (!d->def) {
    InstanceAttrs* ia = instance_attrs(obj);  // the owner's instances have them
    if (!value.is_undef()) {
      if (!ia->slot_values) ia->slot_values = new_dict();
      ia->slot_values->set_str(d->name, value);
    } else if (!ia->slot_values || !ia->slot_values->remove(make_obj(d->name))) {
      raise_attribute_error(obj, d->name, d->name->s);
    }
    return;
  }
  if (!d->def->set) {
    if (d->def->member) raise(exc_types().AttributeError, "readonly attribute");
    raisef(exc_types().AttributeError, "attribute '%s' of '%s' objects is not writable", d->name->s.c_str(),
           owner_name(d).c_str());
  }
  d->def->set(obj, value);
}

std::string getset_descriptor_repr(Value self) {
  GetSetDescriptor* d = as<GetSetDescriptor>(self);
  return std::string(d->is_member() ? "<member '" : "<attribute '") + d->name->s + "' of '" + owner_name(d) +
         "' objects>";
}

// The getset descriptors a class gives its instances: __dict__ reads and
// replaces the instance dict, __weakref__ gives the first weak reference.
Value instance_dict_get(Value obj) {
  InstanceAttrs* ia = instance_attrs(obj);
  if (!ia || !ia->dict) raise(exc_types().AttributeError, "This object has no __dict__");
  return make_obj(ia->dict);
}
void instance_dict_set(Value obj, Value v) {
  InstanceAttrs* ia = instance_attrs(obj);
  if (v.is_undef()) raise(exc_types().TypeError, "cannot delete __dict__");
  if (!kind_is(v, Kind::Dict))
    raise(exc_types().TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(v) + "'");
  if (!ia) raise(exc_types().AttributeError, "This object has no __dict__");
  ia->dict = as<Dict>(v);
}
Value instance_weakref_get(Value obj) {
  std::vector<Value> refs;
  weakrefs_of(obj, refs);
  return refs.empty() ? make_none() : refs.front();
}
const GetSetDef kInstanceDictGetSet = {"__dict__", instance_dict_get, instance_dict_set, false,
                                       "dictionary for instance variables (if defined)"};
const GetSetDef kInstanceWeakrefGetSet = {"__weakref__", instance_weakref_get, nullptr, false,
                                          "list of weak references to the object (if defined)"};

namespace {

GetSetDescriptor* self_descriptor(Args& a, const char* method) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::GetSet))
    raisef(exc_types().TypeError, "descriptor '%s' requires a 'getset_descriptor' object", method);
  return as<GetSetDescriptor>(a.v[0]);
}

// __get__(obj, type=None): the descriptor itself when read through a class.
Value descr_get(Args& a) {
  self_descriptor(a, "__get__");
  check_no_keywords(a, "__get__");
  check_arg_count("__get__", a.n - 1, 1, 2);
  if (a.v[1].is_none()) {
    if (a.n < 3 || a.v[2].is_none()) raise(exc_types().TypeError, "__get__(None, None) is invalid");
    return a.v[0];
  }
  return getset_get(a.v[0], a.v[1]);
}

Value descr_set(Args& a) {
  self_descriptor(a, "__set__");
  check_no_keywords(a, "__set__");
  check_arg_count("__set__", a.n - 1, 2, 2);
  getset_set(a.v[0], a.v[1], a.v[2]);
  return make_none();
}

Value descr_delete(Args& a) {
  self_descriptor(a, "__delete__");
  check_no_keywords(a, "__delete__");
  check_arg_count("__delete__", a.n - 1, 1, 1);
  getset_set(a.v[0], a.v[1], Value());
  return make_none();
}

Value descr_name(Value self) { return make_obj(as<GetSetDescriptor>(self)->name); }
Value descr_qualname(Value self) {
  GetSetDescriptor* d = as<GetSetDescriptor>(self);
  return str_value(d->owner->name->s + "." + d->name->s);
}
Value descr_objclass(Value self) { return make_obj(as<GetSetDescriptor>(self)->owner); }
Value descr_doc(Value self) {
  GetSetDescriptor* d = as<GetSetDescriptor>(self);
  const char* doc = d->def ? d->def->doc : nullptr;
  return doc ? str_value(doc) : make_none();
}

const GetSetDef kDescriptorGetSets[] = {
    {"__name__", descr_name, nullptr, true},
    {"__qualname__", descr_qualname},
    {"__objclass__", descr_objclass, nullptr, true},
    {"__doc__", descr_doc},
};

}  // namespace

void init_descriptor_types() {
  for (TypeObject* t : {types().getset_descriptor, types().member_descriptor}) {
    add_method(t, "__get__", descr_get);
    add_method(t, "__set__", descr_set);
    add_method(t, "__delete__", descr_delete);
    add_getsets(t, kDescriptorGetSets);
  }
}

}  // namespace coil::rt
