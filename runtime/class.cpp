// Classes: creating them (__build_class__), instantiating them, super(),
// and the methods every object inherits from `object`.
#include <algorithm>
#include <cinttypes>
#include <climits>
#include <cstdio>

#include "lexer/xid.h"
#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exception_group.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/native.h"
#include "runtime/numbers.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/descriptor.h"
#include "runtime/ops.h"
#include "runtime/set_ops.h"
#include "runtime/str.h"
#include "runtime/subclass.h"
#include "runtime/vm.h"
#include "runtime/weakref.h"
#include "vm/call.h"
#include "vm/interp_support.h"

namespace coil::rt {

// A class whose __abstractmethods__ is not empty (abc) cannot be
// instantiated: CPython's object_new.
[[noreturn]] static void raise_abstract(TypeObject* cls) {
  Value am = cls->dict->get_str(COIL_NAME("__abstractmethods__"));
  std::vector<std::string> names;
  if (!am.is_undef()) {
    RootedVector items;
    collect_values(am, items);
    for (Value v : items) names.push_back(str(v));
  }
  std::sort(names.begin(), names.end());
  std::string joined;
  for (const std::string& n : names) joined += (joined.empty() ? "" : ", ") + n;
  raise(exc_types().TypeError, "Can't instantiate abstract class " + cls->name->s + " with abstract method" +
                                   (names.size() == 1 ? " " : "s ") + joined);
}

Value make_instance(TypeObject* cls) {
  if (cls->instance_kind == Kind::Exception) return make_obj(heap().make<Exception>(cls));
  if (cls->is_abstract) raise_abstract(cls);
  return make_obj(heap().make<Instance>(cls));
}

static bool user_new(TypeObject* cls) {
  Value n = cached_lookup(cls, COIL_NAME("__new__"));
  return !n.is_undef() && !kind_is(n, Kind::NativeFunction);
}

Value class_init_for_call(TypeObject* cls) {
  if (cls->init_for_call_epoch == class_epoch) return cls->init_for_call;
  Value found;
  if (cls->instance_kind == Kind::Instance && cls->type == types().type && !user_new(cls) && !cls->is_abstract) {
    Value init = cached_lookup(cls, COIL_NAME("__init__"));
    if (kind_is(init, Kind::Function)) found = init;
  }
  cls->init_for_call = found;
  cls->init_for_call_epoch = class_epoch;
  return found;
}

static Value type_new3(Value* args, int nargs, Tuple* kwnames, TypeObject* meta);
static Value type_call(TypeObject* cls, Value* args, int nargs, Tuple* kwnames);
static NativeFn object_init_fn();
static NativeFn object_new_fn();

// type.__call__, the native behind calling a class, as a method of `type`.
static Value type_call_method(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::Type))
    raise(exc_types().TypeError, "descriptor '__call__' requires a 'type' object");
  return type_call(as<TypeObject>(a.v[0]), a.v + 1, a.n - 1, a.kwnames);
}

Value call_type(TypeObject* cls, Value* args, int nargs, Tuple* kwnames) {
  // A metaclass may define __call__ (singletons, registries); type's own
  // __call__ is type_call.
  if (cls->type != types().type) {
    Value c = cached_lookup(cls->type, COIL_NAME("__call__"));
    if (!(kind_is(c, Kind::NativeFunction) && as<NativeFunction>(c)->fn == type_call_method)) {
      return call_with_first(c, make_obj(cls), args, nargs, kwnames);
    }
  }
  return type_call(cls, args, nargs, kwnames);
}

// CPython's type_call: __new__, then __init__ if __new__ returned an instance.
static Value type_call(TypeObject* cls, Value* args, int nargs, Tuple* kwnames) {
  int nkw = kwnames ? static_cast<int>(kwnames->size()) : 0;
  if (cls == types().type) {
    if (nargs == 1 && nkw == 0) return make_obj(type_of(args[0]));
    if (nargs == 3) {
      // The bases' metaclass may have made it: then its __init__ runs too.
      Value made = type_new3(args, nargs, kwnames, types().type);
      TypeObject* mt = type_of(made);
      if (mt != types().type && mt->is_subtype(types().type)) {
        Rooted keep(made);
        call_with_first(cached_lookup(mt, COIL_NAME("__init__")), made, args, nargs, kwnames);
      }
      return made;
    }
    raise(exc_types().TypeError, "type() takes 1 or 3 arguments");
  }
  if (cls->is_builtin && cls->instance_kind != Kind::Exception) {
    if (!cls->ctor) {
      // CPython names the type by tp_name: "posix.DirEntry", but "function".
      std::string tp_name = cls->name->s;
      if (cls->module && cls->module->s != "builtins") tp_name = cls->module->s + "." + tp_name;
      raise(exc_types().TypeError, "cannot create '" + tp_name + "' instances");
    }
    Args a{args, nargs, kwnames};
    return cls->ctor(a);
  }
  if (cls->is_subtype(exc_types().BaseExceptionGroup)) {
    Value eg = new_exception_group(cls, args, nargs);
    Value init = cached_lookup(cls, COIL_NAME("__init__"));
    if (kind_is(init, Kind::Function)) {
      Rooted root(eg);
      call_with_first(init, eg, args, nargs, kwnames);
    }
    return eg;
  }
  Value inst;
  // A class whose instances have a built-in's layout (class Stack(list))
  // always goes through __new__: the built-in's makes the object.
  if (user_new(cls) || layout_builtin(cls)) {
    Value n = cached_lookup(cls, COIL_NAME("__new__"));
    if (kind_is(n, Kind::StaticMethod)) n = as<StaticMethod>(n)->func;
    inst = call_with_first(n, make_obj(cls), args, nargs, kwnames);
    if (!isinstance(inst, cls)) return inst;
  } else {
    // OSError(errno, strerror, ...) makes the subclass for errno
    // (OSError.__new__: FileNotFoundError for ENOENT, ...).
    TypeObject* made = cls;
    if (cls == exc_types().OSError && nargs >= 2 && nargs <= 5 && args[0].is_int() && args[0].i >= INT_MIN &&
        args[0].i <= INT_MAX)
      made = os_error_type(static_cast<int>(args[0].i));
    inst = make_instance(made);
  }
  Rooted root(inst);
  if (inst.is_obj() && inst.o->kind == Kind::Exception)
    as<Exception>(inst)->args = make_obj(new_tuple(std::vector<Value>(args, args + nargs)));
  Value init = cached_lookup(cls, COIL_NAME("__init__"));
  if (!init.is_undef() && !(kind_is(init, Kind::NativeFunction) && as<NativeFunction>(init)->fn == nullptr)) {
    Value r = call_with_first(init, inst, args, nargs, kwnames);
    if (!r.is_none()) raise(exc_types().TypeError, "__init__() should return None, not '" + type_name(r) + "'");
  } else if ((nargs || nkw) && !user_new(cls)) {
    raise(exc_types().TypeError, cls->name->s + "() takes no arguments");
  }
  return inst;
}

// Whether t's __init__ / __new__ is object's own.
static bool object_init_of(TypeObject* t) {
  Value v = cached_lookup(t, COIL_NAME("__init__"));
  return kind_is(v, Kind::NativeFunction) && as<NativeFunction>(v)->fn == object_init_fn();
}
static bool object_new_of(TypeObject* t) {
  Value v = cached_lookup(t, COIL_NAME("__new__"));
  return kind_is(v, Kind::NativeFunction) && as<NativeFunction>(v)->fn == object_new_fn();
}

// object.__init__ and object.__new__ accept extra arguments only when the
// other of the pair is overridden (a class with its own __new__ may be
// called with arguments that object.__init__ then ignores), as CPython's
// object_init/object_new.
static Value object_init(Args& a) {
  if ((a.n > 1 || a.nkw()) && a.n >= 1) {
    TypeObject* t = type_of(a.v[0]);
    if (!object_init_of(t))
      raise(exc_types().TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (object_new_of(t)) raise(exc_types().TypeError, t->name->s + "() takes no arguments");
  }
  return make_none();
}

static Value object_new(Args& a) {
  if (a.n < 1) raise(exc_types().TypeError, "object.__new__(): not enough arguments");
  if (!kind_is(a.v[0], Kind::Type))
    raise(exc_types().TypeError, "object.__new__(X): X is not a type object (" + type_name(a.v[0]) + ")");
  TypeObject* t = as<TypeObject>(a.v[0]);
  if (a.n > 1 || a.nkw()) {
    if (!object_new_of(t))
      raise(exc_types().TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (object_init_of(t)) raise(exc_types().TypeError, t->name->s + "() takes no arguments");
  }
  if (layout_builtin(t))
    raise(exc_types().TypeError, "object.__new__(" + t->name->s + ") is not safe, use " + new_owner_name(t) + ".__new__()");
  return make_instance(t);
}
static NativeFn object_init_fn() { return object_init; }
static NativeFn object_new_fn() { return object_new; }
static Str* interned_name(Value v) {
  Str* n = as_str(v);
  return n->interned ? n : intern(n->s);
}
static Value object_setattr(Args& a) {
  if (a.n != 3 || !is_str(a.v[1])) raise(exc_types().TypeError, "expected 2 arguments");
  generic_setattr(a.v[0], interned_name(a.v[1]), a.v[2]);
  return make_none();
}
static Value object_delattr(Args& a) {
  if (a.n != 2 || !is_str(a.v[1])) raise(exc_types().TypeError, "expected 1 argument");
  generic_delattr(a.v[0], interned_name(a.v[1]));
  return make_none();
}
static Value object_getattribute(Args& a) {
  if (a.n != 2 || !is_str(a.v[1])) raise(exc_types().TypeError, "expected 1 argument");
  return getattr(a.v[0], as_str(a.v[1]));
}
// object.__dir__: the instance's attributes, then its class's and their
// bases', without duplicates (dir() sorts them).
static Value object_dir(Args& a) {
  if (a.n != 1) raise(exc_types().TypeError, "object.__dir__() takes no arguments (" + std::to_string(a.n - 1) + " given)");
  Value v = a.v[0];
  Dict* seen = new_dict();
  Rooted keep(make_obj(seen));
  auto add_dict = [&](Dict* d) {
    for (size_t i = 0; i < d->entries.size(); ++i) {
      DictEntry e = d->entries[i];
      if (!e.key.is_undef() && is_str(e.key)) seen->set(e.key, make_none());
    }
  };
  if (InstanceAttrs* ia = instance_attrs(v); ia && ia->dict) add_dict(ia->dict);
  for (TypeObject* m : type_of(v)->mro) add_dict(m->dict);
  std::vector<Value> names;
  for (const DictEntry& e : seen->entries)
    if (!e.key.is_undef()) names.push_back(e.key);
  return make_obj(new_list(std::move(names)));
}

// object.__class__: the type; assignable between classes defined in Python
// whose instances have the same layout.
static Value object_class_get(Value obj) { return make_obj(type_of(obj)); }
static void object_class_set(Value obj, Value cls) {
  if (cls.is_undef()) raise(exc_types().TypeError, "can't delete __class__ attribute");
  if (!kind_is(cls, Kind::Type))
    raise(exc_types().TypeError, "__class__ must be set to a class, not '" + type_name(cls) + "' object");
  TypeObject* to = as<TypeObject>(cls);
  TypeObject* from = type_of(obj);
  if (!obj.is_obj() || from->is_builtin || to->is_builtin)
    raise(exc_types().TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (from->instance_kind != to->instance_kind || from->instances_have_dict != to->instances_have_dict)
    raise(exc_types().TypeError, "__class__ assignment: '" + to->name->s + "' object layout differs from '" +
                                     from->name->s + "'");
  obj.o->type = to;
}
const GetSetDef kObjectClassGetSet = {"__class__", object_class_get, object_class_set};

// object.__getstate__ (3.11): the instance dict, or None when empty; with
// __slots__ values, (dict or None, slots dict).
static Value object_getstate(Args& a) {
  if (a.n != 1) raise(exc_types().TypeError, "object.__getstate__() takes no arguments");
  InstanceAttrs* ia = instance_attrs(a.v[0]);
  Value state = ia && ia->dict && ia->dict->used ? make_obj(ia->dict) : make_none();
  if (ia && ia->slot_values && ia->slot_values->used) {
    Rooted keep(state);
    return make_obj(new_tuple({state, make_obj(ia->slot_values)}));
  }
  return state;
}

// object.__reduce_ex__ / __reduce__: how copy and pickle take an object
// apart. Protocol 2 and up is CPython's reduce_newobj, done here; the older
// protocols are copyreg._reduce_ex, from CPython's library.
static Value copyreg_attr(const char* name) {
  Value m = import_name(COIL_NAME("copyreg"), make_none(), vm().builtins);
  return getattr(m, intern(name));
}

static Value reduce_newobj(Value obj) {
  TypeObject* cls = type_of(obj);
  if (getattr_opt(make_obj(cls), COIL_NAME("__new__")).is_undef())
    raise(exc_types().TypeError, "cannot pickle '" + cls->name->s + "' object");
  Rooted args(make_obj(new_tuple({}))), kwargs;
  bool has_args = false;
  if (Value ex = getattr_opt(obj, COIL_NAME("__getnewargs_ex__")); !ex.is_undef()) {
    Value r = call0(ex);
    if (!kind_is(r, Kind::Tuple) || as<Tuple>(r)->size() != 2)
      raise(exc_types().TypeError, "__getnewargs_ex__ should return a tuple of length 2");
    args.set(as<Tuple>(r)->items[0]);
    kwargs.set(as<Tuple>(r)->items[1]);
    if (!kind_is(args.get(), Kind::Tuple))
      raise(exc_types().TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '" +
                                       type_name(args.get()) + "'");
    if (!kind_is(kwargs.get(), Kind::Dict))
      raise(exc_types().TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '" +
                                       type_name(kwargs.get()) + "'");
    has_args = true;
  } else if (Value na = getattr_opt(obj, COIL_NAME("__getnewargs__")); !na.is_undef()) {
    args.set(call0(na));
    if (!kind_is(args.get(), Kind::Tuple))
      raise(exc_types().TypeError, "__getnewargs__ should return a tuple, not '" + type_name(args.get()) + "'");
    has_args = true;
  }
  bool is_list = kind_is(obj, Kind::List), is_dict = kind_is(obj, Kind::Dict);
  // An object whose state lives in a native layout that nothing above
  // captures cannot be rebuilt.
  bool native_layout = obj.is_obj() ? obj.o->kind != Kind::Instance && obj.o->kind != Kind::Exception : true;
  Value own_getstate = types().object->dict->get_str(COIL_NAME("__getstate__"));
  Value found = cached_lookup(cls, COIL_NAME("__getstate__"));
  bool default_getstate = found.is_obj() && own_getstate.is_obj() && found.o == own_getstate.o;
  if (native_layout && default_getstate && !has_args && !is_list && !is_dict)
    raise(exc_types().TypeError, "cannot pickle '" + cls->name->s + "' object");
  Value getstate = getattr(obj, COIL_NAME("__getstate__"));
  Rooted state(call0(getstate));
  RootedVector parts;
  if (kwargs.get().is_undef() || as<Dict>(kwargs.get())->used == 0) {
    parts.push_back(copyreg_attr("__newobj__"));
    std::vector<Value> newargs{make_obj(cls)};
    for (Value v : as<Tuple>(args.get())->items) newargs.push_back(v);
    parts.push_back(make_obj(new_tuple(std::move(newargs))));
  } else {
    parts.push_back(copyreg_attr("__newobj_ex__"));
    parts.push_back(make_obj(new_tuple({make_obj(cls), args.get(), kwargs.get()})));
  }
  parts.push_back(state.get());
  parts.push_back(is_list ? get_iter(obj) : make_none());
  if (is_dict) {
    Value items = call0(getattr(obj, COIL_NAME("items")));
    parts.push_back(get_iter(items));
  } else {
    parts.push_back(make_none());
  }
  return make_obj(new_tuple(std::vector<Value>(parts.begin(), parts.end())));
}

static Value common_reduce(Value obj, int64_t proto) {
  if (proto >= 2) return reduce_newobj(obj);
  Value f = copyreg_attr("_reduce_ex");
  return call2(f, obj, make_int(proto));
}

static Value object_reduce(Args& a) {
  check_no_keywords(a, "object.__reduce__");
  if (a.n != 1) raisef(exc_types().TypeError, "object.__reduce__() takes no arguments (%d given)", a.n - 1);
  return common_reduce(a.v[0], 0);
}

static Value object_reduce_ex(Args& a) {
  check_no_keywords(a, "object.__reduce_ex__");
  if (a.n != 2) raisef(exc_types().TypeError, "object.__reduce_ex__() takes exactly one argument (%d given)", a.n - 1);
  int64_t proto = index_value(a.v[1]);
  // A class's own __reduce__ wins.
  Value reduce = cached_lookup(type_of(a.v[0]), COIL_NAME("__reduce__"));
  Value own = types().object->dict->get_str(COIL_NAME("__reduce__"));
  if (!reduce.is_undef() && !(reduce.is_obj() && own.is_obj() && reduce.o == own.o))
    return call0(getattr(a.v[0], COIL_NAME("__reduce__")));
  return common_reduce(a.v[0], proto);
}

// __getnewargs__ of the immutable built-ins: the exact value, from which
// __new__ rebuilds a (subclass) instance.
static Value exact_getnewargs(Args& a) {
  check_no_keywords(a, "__getnewargs__");
  if (a.n != 1) raisef(exc_types().TypeError, "__getnewargs__() takes no arguments (%d given)", a.n - 1);
  Value self = a.v[0];
  Value exact;
  if (self.is_obj() && self.o->kind == Kind::Complex) {
    Complex* c = as<Complex>(self);
    return make_obj(new_tuple({make_float(c->re), make_float(c->im)}));
  }
  if (self.is_obj() && self.o->has_side_attrs) {
    switch (self.o->kind) {
      case Kind::BigInt: exact = index_int(self); break;
      case Kind::BoxedFloat: exact = unbox_float(self); break;
      case Kind::Str: exact = str_value(as_str(self)->s); break;
      case Kind::Tuple: exact = make_obj(new_tuple(as<Tuple>(self)->items)); break;
      case Kind::Bytes: exact = make_obj(new_bytes(as<Bytes>(self)->data)); break;
      default: exact = self;
    }
  } else {
    exact = self;
  }
  Rooted keep(exact);
  return make_obj(new_tuple({exact}));
}

static Value object_sizeof(Args& a) {
  if (a.n != 1) raise(exc_types().TypeError, "object.__sizeof__() takes no arguments");
  return make_int(a.v[0].is_obj() ? static_cast<int64_t>(a.v[0].o->heap_size()) : 16);
}

static Value object_format(Args& a) {
  if (a.n == 2 && is_str(a.v[1]) && !as_str(a.v[1])->s.empty())
    raise(exc_types().TypeError, "unsupported format string passed to " + type_name(a.v[0]) + ".__format__");
  return str_value(str(a.v[0]));
}

static Value type_mro(Args& a) {
  TypeObject* t = as<TypeObject>(a.v[0]);
  std::vector<Value> items;
  for (TypeObject* x : t->mro) items.push_back(make_obj(x));
  if (t != types().object && (items.empty() || items.back().o != types().object)) items.push_back(make_obj(types().object));
  return make_obj(new_list(std::move(items)));
}

// type.__subclasses__(): the live classes that name this one as a base.
static Value type_subclasses(Args& a) {
  if (a.n != 1 || !kind_is(a.v[0], Kind::Type))
    raise(exc_types().TypeError, "descriptor '__subclasses__' of 'type' object needs an argument");
  TypeObject* t = as<TypeObject>(a.v[0]);
  std::vector<Value> live;
  std::vector<Value> kept;
  for (Value r : t->subclass_refs) {
    Object* cls = static_cast<WeakRef*>(r.o)->referent;
    if (!cls) continue;
    kept.push_back(r);
    live.push_back(make_obj(cls));
  }
  t->subclass_refs.swap(kept);
  return make_obj(new_list(std::move(live)));
}

static Value type_subclasscheck(Args& a) {
  return make_bool(kind_is(a.v[1], Kind::Type) && as<TypeObject>(a.v[1])->is_subtype(as<TypeObject>(a.v[0])));
}

// ---------------------------------------------------------- descriptors

// staticmethod, classmethod and property are made empty by __new__ and
// filled by __init__ (CPython's cm_init, property_init), so that a subclass
// may take other arguments; calling the built-in itself does both.
static Value staticmethod_init(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::StaticMethod))
    raise(exc_types().TypeError, "descriptor '__init__' requires a 'staticmethod' object");
  check_no_keywords(a, "staticmethod");
  if (a.n != 2) raisef(exc_types().TypeError, "staticmethod expected 1 argument, got %d", a.n - 1);
  as<StaticMethod>(a.v[0])->func = a.v[1];
  return make_none();
}
static Value classmethod_init(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::ClassMethod))
    raise(exc_types().TypeError, "descriptor '__init__' requires a 'classmethod' object");
  check_no_keywords(a, "classmethod");
  if (a.n != 2) raisef(exc_types().TypeError, "classmethod expected 1 argument, got %d", a.n - 1);
  as<ClassMethod>(a.v[0])->func = a.v[1];
  return make_none();
}
// property(fget=None, fset=None, fdel=None, doc=None); without a doc, the
// getter's.
static Value property_init(Args& a) {
  if (a.n < 1 || !kind_is(a.v[0], Kind::Property))
    raise(exc_types().TypeError, "descriptor '__init__' requires a 'property' object");
  Value v[4];
  bind_keyword_args(a, "property", {"fget", "fset", "fdel", "doc"}, v);
  Property* p = as<Property>(a.v[0]);
  p->fget = v[0].is_undef() ? make_none() : v[0];
  p->fset = v[1].is_undef() ? make_none() : v[1];
  p->fdel = v[2].is_undef() ? make_none() : v[2];
  p->doc = v[3].is_undef() ? make_none() : v[3];
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = getattr_opt(p->fget, COIL_NAME("__doc__"));
    if (!d.is_undef()) p->doc = d;
  }
  // A subclass's class dict has a __doc__ of its own that would hide the
  // descriptor's; CPython puts the doc in the instance dict then.
  if (InstanceAttrs* ia = a.v[0].o->has_side_attrs ? instance_attrs(a.v[0]) : nullptr)
    if (ia->dict) ia->dict->set_str(COIL_NAME("__doc__"), p->doc);
  return make_none();
}

// types.ModuleType(name, doc=None): an empty module, as CPython's
// module_init fills it.
static Value module_ctor(Args& a) {
  Value v[2];
  Value self = make_none();
  RootedVector args;
  args.push_back(self);
  for (int i = 0; i < a.n + a.nkw(); ++i) args.push_back(a.v[i]);
  Args b{args.data(), a.n + 1, a.kwnames};
  bind_keyword_args(b, "module", {"name", "doc"}, v);
  if (v[0].is_undef()) raise(exc_types().TypeError, "module() missing required argument 'name' (pos 1)");
  if (!is_str(v[0]))
    raise(exc_types().TypeError, "module.__init__() argument 'name' must be str, not " + type_name(v[0]));
  Module* m = new_module(as_str(v[0])->s.c_str());
  m->name = as_str(v[0]);
  m->builtin = false;
  m->dict->set_str(COIL_NAME("__name__"), v[0]);
  m->dict->set_str(COIL_NAME("__doc__"), v[1].is_undef() ? make_none() : v[1]);
  for (const char* k : {"__package__", "__loader__", "__spec__"}) m->dict->set_str(intern(k), make_none());
  return make_obj(m);
}

// Calls init with `self` before the arguments of a.
static Value init_with_self(Value self, Args& a, NativeFn init) {
  Rooted keep(self);
  RootedVector args;
  args.push_back(self);
  for (int i = 0; i < a.n + a.nkw(); ++i) args.push_back(a.v[i]);
  Args b{args.data(), a.n + 1, a.kwnames};
  init(b);
  return self;
}
static Value staticmethod_ctor(Args& a) {
  return init_with_self(make_obj(heap().make<StaticMethod>(make_none())), a, staticmethod_init);
}
static Value classmethod_ctor(Args& a) {
  return init_with_self(make_obj(heap().make<ClassMethod>(make_none())), a, classmethod_init);
}
static Value property_ctor(Args& a) { return init_with_self(make_obj(heap().make<Property>()), a, property_init); }

// property's getter/setter/deleter: a copy with one accessor replaced, made
// by calling the property's own class (a subclass gets an instance of
// itself).
static Value property_copy(Args& a, int which) {
  if (a.n != 2) raisef(exc_types().TypeError, "expected 1 argument, got %d", a.n - 1);
  Property* src = as<Property>(a.v[0]);
  Value parts[4] = {src->fget, src->fset, src->fdel, src->doc};
  parts[which] = a.v[1];
  // A doc taken from the old getter is taken again from the new one.
  if (which == 0 && !src->fget.is_none()) {
    Value old_doc = getattr_opt(src->fget, COIL_NAME("__doc__"));
    if (!old_doc.is_undef() && old_doc.is_obj() && src->doc.is_obj() && old_doc.o == src->doc.o) parts[3] = make_none();
  }
  if (a.v[0].o->has_side_attrs) return call(make_obj(type_of(a.v[0])), parts, 4);
  Property* p = heap().make<Property>();
  Rooted keep(make_obj(p));
  Args b{parts, 4, nullptr};
  init_with_self(make_obj(p), b, property_init);
  return make_obj(p);
}
static Value property_getter(Args& a) { return property_copy(a, 0); }
static Value property_setter(Args& a) { return property_copy(a, 1); }
static Value property_deleter(Args& a) { return property_copy(a, 2); }

// The descriptor methods of function, staticmethod, classmethod and
// property, as their tp_descr_get/tp_descr_set: what attribute lookup does
// natively, callable from Python (super().__get__ in a subclass).
static void descr_get_args(Args& a, const char* qualname) {
  check_no_keywords(a, qualname);
  if (a.n < 2 || a.n > 3)
    raisef(exc_types().TypeError, "expected %s argument%s, got %d", a.n < 2 ? "at least 1" : "at most 2",
           a.n < 2 ? "" : "s", a.n - 1);
  if (a.v[1].is_none() && (a.n < 3 || a.v[2].is_none()))
    raise(exc_types().TypeError, "__get__(None, None) is invalid");
}
static Value function_get(Args& a) {
  descr_get_args(a, "function.__get__");
  if (a.v[1].is_none()) return a.v[0];
  return make_obj(heap().make<BoundMethod>(a.v[1], a.v[0]));
}
static Value staticmethod_get(Args& a) {
  descr_get_args(a, "staticmethod.__get__");
  return as<StaticMethod>(a.v[0])->func;
}
static Value classmethod_get(Args& a) {
  descr_get_args(a, "classmethod.__get__");
  Value owner = a.n > 2 && !a.v[2].is_none() ? a.v[2] : make_obj(type_of(a.v[1]));
  return bind_classmethod(owner, as<ClassMethod>(a.v[0])->func);
}
static Value property_get(Args& a) {
  descr_get_args(a, "property.__get__");
  if (a.v[1].is_none()) return a.v[0];
  Property* p = as<Property>(a.v[0]);
  if (p->fget.is_none()) raise(exc_types().AttributeError, "unreadable attribute");
  return call1(p->fget, a.v[1]);
}
static Value property_set(Args& a) {
  check_no_keywords(a, "property.__set__");
  if (a.n != 3) raisef(exc_types().TypeError, "expected 2 arguments, got %d", a.n - 1);
  Property* p = as<Property>(a.v[0]);
  if (p->fset.is_none()) raise(exc_types().AttributeError, "can't set attribute");
  call2(p->fset, a.v[1], a.v[2]);
  return make_none();
}
static Value property_delete(Args& a) {
  check_no_keywords(a, "property.__delete__");
  if (a.n != 2) raisef(exc_types().TypeError, "expected 1 argument, got %d", a.n - 1);
  Property* p = as<Property>(a.v[0]);
  if (p->fdel.is_none()) raise(exc_types().AttributeError, "can't delete attribute");
  call1(p->fdel, a.v[1]);
  return make_none();
}
// __call__ of functions, built-in functions and bound methods, so that
// collections.abc.Callable (which looks for __call__ in the type) and
// f.__call__(...) see them as CPython's slot wrappers.
static Value callable_call(Args& a) {
  if (a.n < 1) raise(exc_types().TypeError, "descriptor '__call__' needs an argument");
  return call(a.v[0], a.v + 1, a.n - 1, a.kwnames);
}
const MethodDef kFunctionDescrMethods[] = {{"__get__", function_get}, {"__call__", callable_call}};
const MethodDef kCallableMethods[] = {{"__call__", callable_call}};
const MethodDef kStaticMethodDescrMethods[] = {{"__get__", staticmethod_get}};
const MethodDef kClassMethodDescrMethods[] = {{"__get__", classmethod_get}};
const MethodDef kPropertyDescrMethods[] = {
    {"__get__", property_get}, {"__set__", property_set}, {"__delete__", property_delete}};

// ----------------------------------------------------------------- super

namespace {
// super(): attribute lookup that starts after `start` in type(self)'s MRO.
struct Super : NativeObject {
  TypeObject* start;
  Value self;
  TypeObject* self_type;
  Super(TypeObject* start, Value self, TypeObject* self_type)
      : NativeObject(super_type()), start(start), self(self), self_type(self_type) {}
  static TypeObject* super_type() {
    static TypeObject* t = nullptr;
    if (!t) {
      t = new_builtin_type("super", types().object, Kind::Native);
      heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
      // <super: <class 'A'>, <B object>>, as CPython's super_repr.
      t->slots.repr = [](Value v) -> std::string {
        Super* s = static_cast<Super*>(v.o);
        return "<super: <class '" + s->start->name->s + "'>, <" + s->self_type->name->s + " object>>";
      };
    }
    return t;
  }
  void trace(Tracer& t) override {
    t.mark(start);
    t.mark(self);
    t.mark(self_type);
  }
  Value get_attr(Str* name) override {
    if (name->s == "__class__") return make_obj(super_type());  // not object.__class__ of the MRO
    const auto& mro = self_type->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != start) ++i;
    for (++i; i < mro.size(); ++i) {
      Value v = mro[i]->dict->get_str(name);
      if (v.is_undef()) continue;
      if (kind_is(v, Kind::Function) || (kind_is(v, Kind::NativeFunction) && as<NativeFunction>(v)->is_method)) {
        if (kind_is(self, Kind::Type) && self.o == self_type) return v;  // super() in a classmethod
        return make_obj(heap().make<BoundMethod>(self, v));
      }
      if (kind_is(v, Kind::ClassMethod)) return bind_classmethod(make_obj(self_type), as<ClassMethod>(v)->func);
      if (kind_is(v, Kind::StaticMethod)) return as<StaticMethod>(v)->func;
      if (kind_is(v, Kind::Property)) return call1(as<Property>(v)->fget, self);
      if (kind_is(v, Kind::GetSet)) return getset_get(v, self);
      return v;
    }
    if (name->s == "__init__") return make_obj(new_native("__init__", object_init, self));
    if (name->s == "__class__") return make_obj(super_type());
    if (name->s == "__thisclass__") return make_obj(start);
    if (name->s == "__self__") return self;
    if (name->s == "__self_class__") return make_obj(self_type);
    raise(exc_types().AttributeError, "'super' object has no attribute '" + name->s + "'");
  }
};
}  // namespace

static Value super_ctor(Args& a) {
  TypeObject* start;
  Value self;
  if (a.n == 2) {
    if (!kind_is(a.v[0], Kind::Type)) raise(exc_types().TypeError, "super() argument 1 must be a type, not " + type_name(a.v[0]));
    start = as<TypeObject>(a.v[0]);
    self = a.v[1];
  } else if (a.n == 0) {
    // Zero-argument form: the calling frame's __class__ cell and first argument.
    Frame* f = vm().frame;
    if (!f || f->code->argcount == 0) raise(exc_types().RuntimeError, "super(): no arguments");
    int idx = -1;
    for (int i = 0; i < f->code->nfree(); ++i)
      if (f->code->freevars[i]->s == "__class__") idx = f->code->ncells() + i;
    if (idx < 0) raise(exc_types().RuntimeError, "super(): __class__ cell not found");
    Value cell = f->slots()[f->code->nlocals() + idx];
    Value cls = as<Cell>(cell)->value;
    if (!kind_is(cls, Kind::Type)) raise(exc_types().RuntimeError, "super(): empty __class__ cell");
    start = as<TypeObject>(cls);
    self = f->slots()[0];
    if (self.is_undef()) {
      // The first argument is itself a cell (captured by an inner function).
      for (int i = 0; i < f->code->ncells(); ++i)
        if (f->code->cell2arg[i] == 0) self = as<Cell>(f->slots()[f->code->nlocals() + i])->value;
    }
  } else {
    raise(exc_types().TypeError, "super() takes 0 to 2 arguments");
  }
  TypeObject* st = kind_is(self, Kind::Type) && as<TypeObject>(self)->is_subtype(start) ? as<TypeObject>(self)
                                                                                         : type_of(self);
  if (!st->is_subtype(start))
    raise(exc_types().TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return make_obj(heap().make<Super>(start, self, st));
}

// -------------------------------------------------------- class creation

// Reads __slots__ (a str or an iterable of str) into names; with_dict and
// with_weakref say whether it lists __dict__ and __weakref__.
static void read_slots(Value slots, std::vector<Str*>& names, bool& with_dict, bool& with_weakref) {
  std::vector<Value> items;
  if (is_str(slots)) items.push_back(slots);
  else collect_values(slots, items);
  with_dict = with_weakref = false;
  for (Value v : items) {
    if (!is_str(v)) raise(exc_types().TypeError, "__slots__ items must be strings, not '" + type_name(v) + "'");
    Str* n = as_str(v);
    if (!parse::is_identifier(n->s)) raise(exc_types().TypeError, "__slots__ must be identifiers");
    if (n->s == "__dict__") {
      if (with_dict) raise(exc_types().TypeError, "__dict__ slot disallowed: we already got one");
      with_dict = true;
      continue;
    }
    if (n->s == "__weakref__") {
      if (with_weakref) raise(exc_types().TypeError, "__weakref__ slot disallowed: we already got one");
      with_weakref = true;
      continue;
    }
    names.push_back(intern(n->s));
  }
}

// __slots__ and what CPython's type_new adds to a new class's dict: a member
// descriptor per slot, then __dict__ and __weakref__ when no base gives
// instances those already (and __slots__, if present, lists them), then
// __doc__.
static void install_slots(TypeObject* cls, Dict* ns) {
  Value slots = ns->get_str(COIL_NAME("__slots__"));
  bool base_dict = false, base_weakref = false;
  for (TypeObject* b : cls->bases) {
    base_dict = base_dict || b->instances_have_dict;
    base_weakref = base_weakref || b->instances_have_weakref;
  }
  bool with_dict = true, with_weakref = true;
  if (!slots.is_undef()) {
    std::vector<Str*> names;
    read_slots(slots, names, with_dict, with_weakref);
    // CPython's variable-size layouts have no room for slots after the items.
    TypeObject* lb = layout_builtin(cls);
    if (lb && !names.empty() && (lb == types().int_ || lb == types().tuple || lb == types().bytes))
      raise(exc_types().TypeError, "nonempty __slots__ not supported for subtype of '" + lb->name->s + "'");
    if (with_dict && base_dict) raise(exc_types().TypeError, "__dict__ slot disallowed: we already got one");
    if (with_weakref && base_weakref) raise(exc_types().TypeError, "__weakref__ slot disallowed: we already got one");
    // Checked against the class body's own names first: a name listed twice
    // (datetime's `date.__slots__ + time.__slots__`) is one member.
    for (Str* n : names)
      if (!ns->get_str(n).is_undef())
        raise(exc_types().ValueError, "'" + n->s + "' in __slots__ conflicts with class variable");
    for (Str* n : names) ns->set_str(n, new_slot_member(cls, n));
  }
  cls->instances_have_dict = base_dict || with_dict;
  cls->instances_have_weakref = base_weakref || with_weakref;
  if (with_dict && !base_dict) ns->set_str(COIL_NAME("__dict__"), new_getset(kInstanceDictGetSet, cls));
  if (with_weakref && !base_weakref) ns->set_str(COIL_NAME("__weakref__"), new_getset(kInstanceWeakrefGetSet, cls));
  if (ns->get_str(COIL_NAME("__doc__")).is_undef()) ns->set_str(COIL_NAME("__doc__"), make_none());
}

// collections.abc's Sequence and Mapping say `__abc_tpflags__ = 1 << 5`
// (or 1 << 6) in their class bodies; CPython's _abc turns that into the type
// flags that sequence and mapping patterns test (Py_TPFLAGS_SEQUENCE,
// Py_TPFLAGS_MAPPING) and removes the name. coil does the same when any
// class is made, and subclasses inherit the flags.
static void take_abc_tpflags(TypeObject* cls, Dict* ns) {
  Str* key = COIL_NAME("__abc_tpflags__");
  Value flags = ns->get_str(key);
  if (flags.is_undef()) return;
  if (flags.is_int()) {
    constexpr int64_t kSequence = 1 << 5, kMapping = 1 << 6;
    if (flags.i & (kSequence | kMapping)) {
      cls->pattern_flags &= static_cast<uint8_t>(~(kPatternSequence | kPatternMapping));
      if (flags.i & kSequence) cls->pattern_flags |= kPatternSequence;
      else cls->pattern_flags |= kPatternMapping;
    }
  }
  ns->remove(make_obj(key));
}

// Makes the class `name` from its bases and namespace: the common part of
// a class statement and type(name, bases, dict). kw_names/kw_values are the
// class keywords for __init_subclass__.
static Value new_class(TypeObject* meta, Str* name, const std::vector<TypeObject*>& bases, Dict* ns,
                       const std::vector<Value>& kw_names, const std::vector<Value>& kw_values, Value cell) {
  Rooted ns_root(make_obj(ns));
  Kind layout = subclass_layout(bases);
  TypeObject* base = bases.empty() ? types().object : bases[0];
  TypeObject* cls = heap().make<TypeObject>(name, base, layout, false);
  cls->type = meta;
  Rooted cls_root(make_obj(cls));
  cls->bases.clear();
  if (bases.empty()) cls->bases.push_back(types().object);
  else cls->bases = bases;
  if (cls->bases.size() > 1) cls->mro = c3_mro(cls);
  cls->dict = ns;
  install_slots(cls, ns);
  take_abc_tpflags(cls, ns);
  Value mod = ns->get_str(COIL_NAME("__module__"));
  if (is_str(mod)) cls->module = as_str(mod);
  // __qualname__ lives on the type, not in its dict, as CPython's
  // ht_qualname; __doc__ is always in the dict.
  Value qual = ns->get_str(COIL_NAME("__qualname__"));
  if (!qual.is_undef()) {
    if (!is_str(qual)) raise(exc_types().TypeError, "type __qualname__ must be a str, not " + type_name(qual));
    cls->qualname = as_str(qual);
    ns->remove(make_obj(COIL_NAME("__qualname__")));
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!ns->get_str(COIL_NAME("__eq__")).is_undef() && ns->get_str(COIL_NAME("__hash__")).is_undef())
    ns->set_str(COIL_NAME("__hash__"), make_none());
  // Plain functions named __new__ are static; __init_subclass__ and
  // __class_getitem__ are class methods, as in CPython.
  Value nw = ns->get_str(COIL_NAME("__new__"));
  if (kind_is(nw, Kind::Function)) ns->set_str(COIL_NAME("__new__"), make_obj(heap().make<StaticMethod>(nw)));
  for (Str* implicit : {COIL_NAME("__class_getitem__"), COIL_NAME("__init_subclass__")}) {
    Value fn = ns->get_str(implicit);
    if (kind_is(fn, Kind::Function)) ns->set_str(implicit, make_obj(heap().make<ClassMethod>(fn)));
  }
  if (kind_is(cell, Kind::Cell)) as<Cell>(cell)->value = make_obj(cls);
  for (TypeObject* b : cls->bases) b->subclass_refs.push_back(new_weakref(make_obj(cls), Value()));
  ++class_epoch;
  // __set_name__ for the attributes that want it, over a copy of the
  // namespace, since the calls may change the class's dict (enum's members
  // replace themselves).
  RootedVector named;
  for (const DictEntry& e : ns->entries) {
    if (e.key.is_undef() || !e.value.is_obj() || lookup_special(e.value, COIL_NAME("__set_name__")).is_undef()) continue;
    named.push_back(e.key);
    named.push_back(e.value);
  }
  for (size_t i = 0; i < named.size(); i += 2) {
    Value sn = lookup_special(named[i + 1], COIL_NAME("__set_name__"));
    if (!sn.is_undef()) call2(sn, make_obj(cls), named[i]);
  }
  // __init_subclass__ of the nearest base that has one.
  Value isc;
  for (size_t i = 1; i < cls->mro.size() && isc.is_undef(); ++i)
    isc = cls->mro[i]->dict->get_str(COIL_NAME("__init_subclass__"));
  if (kind_is(isc, Kind::ClassMethod)) isc = as<ClassMethod>(isc)->func;
  if (kind_is(isc, Kind::Function) || kind_is(isc, Kind::NativeFunction)) {
    RootedVector args;
    args.push_back(make_obj(cls));
    for (Value v : kw_values) args.push_back(v);
    Rooted names(kw_names.empty() ? Value() : make_obj(new_tuple(kw_names)));
    call(isc, args.data(), 1, kw_names.empty() ? nullptr : as<Tuple>(names.get()));
  }
  return make_obj(cls);
}

// The most derived of meta and the metaclasses of bases (CPython's
// _PyType_CalculateMetaclass); TypeError when they are not on one line.
static TypeObject* calculate_metaclass(TypeObject* meta, const std::vector<TypeObject*>& bases) {
  TypeObject* winner = meta;
  for (TypeObject* b : bases) {
    TypeObject* bt = b->type;
    if (winner->is_subtype(bt)) continue;
    if (bt->is_subtype(winner)) {
      winner = bt;
      continue;
    }
    raise(exc_types().TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                 "subclass of the metaclasses of all its bases");
  }
  return winner;
}

static bool is_type_prepare(Value v);
static Value type_new_method(Args& a);

static Value build_class(Args& a) {
  if (a.n < 2 || !kind_is(a.v[0], Kind::Function) || !is_str(a.v[1]))
    raise(exc_types().TypeError, "__build_class__: bad arguments");
  Function* body = as<Function>(a.v[0]);
  Str* name = as_str(a.v[1]);
  // Bases that are not classes (list[int], typing.Generic[T]) name the
  // classes to use by __mro_entries__ (PEP 560); the bases as written are
  // kept in __orig_bases__.
  std::vector<TypeObject*> bases;
  Rooted orig_bases;
  for (int i = 2; i < a.n; ++i) {
    if (kind_is(a.v[i], Kind::Type)) {
      bases.push_back(as<TypeObject>(a.v[i]));
      continue;
    }
    Value entries = getattr_opt(a.v[i], COIL_NAME("__mro_entries__"));
    if (entries.is_undef()) raise(exc_types().TypeError, "bases must be types");
    if (orig_bases.get().is_undef()) orig_bases.set(make_obj(new_tuple(std::vector<Value>(a.v + 2, a.v + a.n))));
    Value r = call1(entries, orig_bases.get());
    if (!kind_is(r, Kind::Tuple)) raise(exc_types().TypeError, "__mro_entries__ must return a tuple");
    for (Value b : as<Tuple>(r)->items) {
      if (!kind_is(b, Kind::Type)) raise(exc_types().TypeError, "bases must be types");
      bases.push_back(as<TypeObject>(b));
    }
  }
  // Class keywords other than metaclass go to the metaclass (and from
  // type.__new__ to __init_subclass__).
  Value meta;
  RootedVector kw_values;
  std::vector<Value> kw_names;
  for (int k = 0; k < a.nkw(); ++k) {
    Str* key = as_str(a.kwnames->items[k]);
    if (key->s == "metaclass") {
      meta = a.kw(k);
    } else {
      kw_names.push_back(make_obj(key));
      kw_values.push_back(a.kw(k));
    }
  }
  Rooted meta_root(meta);
  // A metaclass that is a class yields to a more derived one among the
  // bases' metaclasses; any other callable is called as it is.
  if (meta.is_undef() || kind_is(meta, Kind::Type))
    meta = make_obj(calculate_metaclass(meta.is_undef() ? types().type : as<TypeObject>(meta), bases));
  bool plain = meta.o == types().type;
  Rooted kwn(kw_names.empty() ? Value() : make_obj(new_tuple(kw_names)));
  Tuple* kwnames = kw_names.empty() ? nullptr : as<Tuple>(kwn.get());
  Rooted bases_tuple;
  if (!plain) {
    std::vector<Value> bs;
    for (TypeObject* b : bases) bs.push_back(make_obj(b));
    bases_tuple.set(make_obj(new_tuple(bs)));
  }
  // The namespace: __prepare__(name, bases, **kwds) when the metaclass
  // has its own.
  Dict* ns = nullptr;
  Rooted ns_root;
  if (!plain) {
    Value prep = getattr_opt(meta, COIL_NAME("__prepare__"));
    if (!prep.is_undef() && !is_type_prepare(prep)) {
      RootedVector args;
      args.push_back(make_obj(name));
      args.push_back(bases_tuple.get());
      for (Value v : kw_values) args.push_back(v);
      Value r = call(prep, args.data(), 2, kwnames);
      if (!kind_is(r, Kind::Dict)) {
        if (!r.is_obj() || getattr_opt(r, COIL_NAME("__getitem__")).is_undef())
          raise(exc_types().TypeError, (kind_is(meta, Kind::Type) ? as<TypeObject>(meta)->name->s : std::string("<metaclass>")) +
                                           ".__prepare__() must return a mapping, not " + type_name(r));
        raise(exc_types().NotImplementedError, "a class namespace that is not a dict is not supported");
      }
      ns = as<Dict>(r);
    }
  }
  if (!ns) ns = new_dict();
  ns_root.set(make_obj(ns));
  // Run the body in the namespace.
  Frame* f = push_frame(body, nullptr, 0, nullptr);
  f->locals_dict = ns;
  f->flags |= FRAME_ENTRY;
  f->back = vm().frame;
  Value cell = execute(f);
  Rooted cell_root(cell);
  if (!orig_bases.get().is_undef()) ns->set_str(COIL_NAME("__orig_bases__"), orig_bases.get());
  if (plain) {
    std::vector<Value> values(kw_values.begin(), kw_values.end());
    return new_class(types().type, name, bases, ns, kw_names, values, cell);
  }
  // meta(name, bases, ns, **kwds); type.__new__ finds the __class__ cell of
  // the body's methods in ns['__classcell__'], as in CPython.
  if (kind_is(cell, Kind::Cell)) ns->set_str(COIL_NAME("__classcell__"), cell);
  RootedVector args;
  args.push_back(make_obj(name));
  args.push_back(bases_tuple.get());
  args.push_back(make_obj(ns));
  for (Value v : kw_values) args.push_back(v);
  return call(meta, args.data(), 3, kwnames);
}

// type(name, bases, dict): a class made from a copy of dict; __module__
// comes from the calling code's globals unless dict has one.
static Value type_new3(Value* args, int nargs, Tuple* kwnames, TypeObject* meta) {
  if (!is_str(args[0])) raise(exc_types().TypeError, "type.__new__() argument 1 must be str, not " + type_name(args[0]));
  if (!kind_is(args[1], Kind::Tuple))
    raise(exc_types().TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(args[1]));
  if (!kind_is(args[2], Kind::Dict))
    raise(exc_types().TypeError, "type.__new__() argument 3 must be dict, not " + type_name(args[2]));
  std::vector<TypeObject*> bases;
  for (Value b : as<Tuple>(args[1])->items) {
    // A base that is not a class has another metaclass (its type).
    if (!kind_is(b, Kind::Type))
      raise(exc_types().TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                   "subclass of the metaclasses of all its bases");
    bases.push_back(as<TypeObject>(b));
  }
  // A more derived metaclass among the bases' makes the class with its own
  // __new__, as CPython's type_new.
  TypeObject* winner = calculate_metaclass(meta, bases);
  if (winner != meta) {
    Value nw = cached_lookup(winner, COIL_NAME("__new__"));
    if (kind_is(nw, Kind::StaticMethod)) nw = as<StaticMethod>(nw)->func;
    if (!(kind_is(nw, Kind::NativeFunction) && as<NativeFunction>(nw)->fn == type_new_method)) {
      return call_with_first(nw, make_obj(winner), args, nargs, kwnames);
    }
  }
  Dict* ns = new_dict();
  Rooted ns_root(make_obj(ns));
  Dict* src = as<Dict>(args[2]);
  for (const DictEntry& e : src->entries)
    if (!e.key.is_undef()) ns->set(e.key, e.value);
  if (ns->get_str(COIL_NAME("__module__")).is_undef() && vm().frame) {
    Value modname = vm().frame->globals->get_str(COIL_NAME("__name__"));
    if (!modname.is_undef()) ns->set_str(COIL_NAME("__module__"), modname);
  }
  Value cell = ns->get_str(COIL_NAME("__classcell__"));
  Rooted cell_root(cell);
  if (!cell.is_undef()) {
    if (!kind_is(cell, Kind::Cell))
      raise(exc_types().TypeError, "__classcell__ must be a nonlocal cell, not " + type_name(cell));
    ns->remove(make_obj(COIL_NAME("__classcell__")));
  }
  std::vector<Value> kw_names, kw_values;
  for (int k = 0; kwnames && k < static_cast<int>(kwnames->size()); ++k) {
    kw_names.push_back(kwnames->items[k]);
    kw_values.push_back(args[nargs + k]);
  }
  return new_class(winner, as_str(args[0]), bases, ns, kw_names, kw_values, cell);
}

// type.__new__(mcs, name, bases, ns, **kwds), and type.__new__(type, x).
static Value type_new_method(Args& a) {
  if (a.n < 1) raise(exc_types().TypeError, "type.__new__(): not enough arguments");
  if (!kind_is(a.v[0], Kind::Type))
    raise(exc_types().TypeError, "type.__new__(X): X is not a type object (" + type_name(a.v[0]) + ")");
  TypeObject* mcs = as<TypeObject>(a.v[0]);
  if (!mcs->is_subtype(types().type))
    raise(exc_types().TypeError, "type.__new__(" + mcs->name->s + "): " + mcs->name->s + " is not a subtype of type");
  if (a.n == 2 && !a.nkw() && mcs == types().type) return make_obj(type_of(a.v[1]));
  if (a.n != 4) raise(exc_types().TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(a.n - 1) + " given)");
  return type_new3(a.v + 1, 3, a.kwnames, mcs);
}

// type.__init__ only checks its arguments; type.__new__ did the work.
static Value type_init_method(Args& a) {
  if (a.n != 2 && a.n != 4) raise(exc_types().TypeError, "type.__init__() takes 1 or 3 arguments");
  return make_none();
}

static Value type_prepare_method(Args&) { return make_obj(new_dict()); }
static bool is_type_prepare(Value v) {
  if (kind_is(v, Kind::BoundMethod)) v = as<BoundMethod>(v)->func;
  return kind_is(v, Kind::NativeFunction) && as<NativeFunction>(v)->fn == type_prepare_method;
}

Value build_class_function() {
  static Value fn;
  if (fn.is_undef()) {
    fn = make_obj(new_native("__build_class__", build_class));
    heap().permanent_values.push_back(&fn);
  }
  return fn;
}

static Value not_implemented_value;
static Value ellipsis_value;
Value not_implemented() { return not_implemented_value; }
Value ellipsis() { return ellipsis_value; }

void init_object_methods() {
  TypeObject* o = types().object;
  add_method(o, "__init__", object_init);
  add_method(o, "__setattr__", object_setattr);
  add_method(o, "__delattr__", object_delattr);
  add_method(o, "__getattribute__", object_getattribute);
  add_method(o, "__format__", object_format);
  add_method(o, "__dir__", object_dir);
  add_method(o, "__getstate__", object_getstate);
  add_method(o, "__reduce__", object_reduce);
  add_method(o, "__reduce_ex__", object_reduce_ex);
  for (TypeObject* t : {types().int_, types().float_, types().str, types().tuple, types().bytes, types().complex_})
    add_method(t, "__getnewargs__", exact_getnewargs);
  add_method(o, "__sizeof__", object_sizeof);
  add_classmethod(o, "__subclasshook__", [](Args&) -> Value { return not_implemented(); });
  add_getset_def(o, kObjectClassGetSet);

  o->dict->set_str(COIL_NAME("__new__"), make_obj(new_native("__new__", object_new)));
  add_method(types().type, "mro", type_mro);
  add_method(types().type, "__subclasscheck__", type_subclasscheck);
  add_method(types().type, "__call__", type_call_method);
  add_method(types().type, "__subclasses__", type_subclasses);
  add_method(types().type, "__init__", type_init_method);
  types().type->dict->set_str(COIL_NAME("__new__"), make_obj(new_native("__new__", type_new_method)));
  add_classmethod(types().type, "__prepare__", type_prepare_method);
  types().type->subclassing = Subclassing::Allowed;
  // Classes have a dict and weak references of their own: a metaclass adds
  // neither __dict__ nor __weakref__.
  types().type->instances_have_dict = true;
  types().type->instances_have_weakref = true;
  types().object->ctor = [](Args& a) -> Value {
    if (a.n || a.nkw()) raise(exc_types().TypeError, "object() takes no arguments");
    return make_obj(heap().make<Instance>(types().object));
  };
  types().method->ctor = [](Args& a) -> Value {
    if (a.nkw()) raise(exc_types().TypeError, "method() takes no keyword arguments");
    if (a.n != 2) raisef(exc_types().TypeError, "method expected 2 arguments, got %d", a.n);
    if (!is_callable(a.v[0])) raise(exc_types().TypeError, "first argument must be callable");
    if (a.v[1].is_none()) raise(exc_types().TypeError, "instance must not be None");
    return make_obj(heap().make<BoundMethod>(a.v[1], a.v[0]));
  };
  types().module->ctor = module_ctor;
  types().staticmethod->ctor = staticmethod_ctor;
  types().classmethod->ctor = classmethod_ctor;
  types().property->ctor = property_ctor;
  add_method(types().property, "setter", property_setter);
  add_method(types().property, "getter", property_getter);
  add_method(types().property, "deleter", property_deleter);
  add_method(types().staticmethod, "__init__", staticmethod_init);
  add_method(types().classmethod, "__init__", classmethod_init);
  add_method(types().property, "__init__", property_init);
  add_methods(types().function, kFunctionDescrMethods);
  add_methods(types().builtin_function, kCallableMethods);
  add_methods(types().method, kCallableMethods);
  add_methods(types().staticmethod, kStaticMethodDescrMethods);
  add_methods(types().classmethod, kClassMethodDescrMethods);
  add_methods(types().property, kPropertyDescrMethods);
  not_implemented_value = make_obj(heap().make<Instance>(types().notimpl));
  ellipsis_value = make_obj(heap().make<Instance>(types().ellipsis));
  heap().permanent_values.push_back(&not_implemented_value);
  heap().permanent_values.push_back(&ellipsis_value);
  add_method(types().notimpl, "__repr__", [](Args&) -> Value { return str_value("NotImplemented"); });
  add_method(types().ellipsis, "__repr__", [](Args&) -> Value { return str_value("Ellipsis"); });
  Dict* b = vm().builtins;
  b->set_str(COIL_NAME("super"), make_obj(new_native("super", super_ctor)));
}

}  // namespace coil::rt
