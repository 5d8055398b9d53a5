// Callables: script functions, native functions, bound methods, and the
// descriptors that decorate methods (staticmethod, classmethod, property).
#pragma once
#include "runtime/native.h"
#include "runtime/object.h"
#include "runtime/types.h"

namespace coil::vm { struct Code; }

namespace coil::rt {

struct Dict;
struct Tuple;
struct Str;

// A variable shared between a function and the closures defined in it.
struct Cell : Object {
  Value value;  // Undef while unbound
  Cell() : Object(Kind::Cell, types().cell) {}
  explicit Cell(Value v) : Object(Kind::Cell, types().cell), value(v) {}
  void trace(Tracer& t) override { t.mark(value); }
};

struct Function : Object {
  vm::Code* code;
  Dict* globals;
  Tuple* defaults = nullptr;    // for the last positional parameters
  Dict* kwdefaults = nullptr;   // keyword-only defaults
  Tuple* closure = nullptr;     // cells for code->freevars
  // __annotations__: the (name, value) pairs tuple MAKE_FUNCTION got, until
  // the dict is made from it on first use; null for none yet.
  Object* annotations = nullptr;
  Str* name;
  Str* qualname;
  Dict* attrs = nullptr;        // function.__dict__, made on first use
  Value doc;
  Value module;  // __module__ once assigned; until then Undef: globals['__name__']
  // The builtins its code sees, fixed when the function is made, as
  // CPython's func_builtins: globals['__builtins__'] (a module stands for
  // its dict) when that is not the VM's builtins (sandboxed eval/exec);
  // Undef for the VM's.
  Value builtins;
  Function(vm::Code* code, Dict* globals);
  void trace(Tracer& t) override;
  size_t heap_size() const override { return sizeof(Function); }
};


struct NativeFunction : Object {
  const char* name;
  NativeFn fn;
  Value self;  // bound receiver for methods of built-in objects, else Undef
  // __qualname__ when it is not the owner's name and the name ("math.sqrt");
  // null: owner.name (below), or the name alone.
  Str* qualname = nullptr;
  // The type this is a method of: __qualname__ is "list.append", made when
  // asked for rather than for each of the thousands of methods at start-up.
  TypeObject* owner = nullptr;
  // For a slot method (list.__eq__, object.__repr__: runtime/slots.cpp), the
  // type whose slot it calls; else null.
  TypeObject* slot_owner = nullptr;
  // For a method declared in a table (runtime/native.h): its entry and the
  // type it belongs to, whose checks run before fn.
  const MethodDef* def = nullptr;
  TypeObject* def_owner = nullptr;
  // A method of a built-in type (CPython's method_descriptor): reading it
  // through an instance binds it. A plain built-in function (len, abs)
  // stored in a class does not bind.
  bool is_method = false;
  NativeFunction(const char* name, NativeFn fn, Value self = Value())
      : Object(Kind::NativeFunction, types().builtin_function), name(name), fn(fn), self(self) {}
  void trace(Tracer& t) override;
  std::string qualified_name() const;
  // Every call of a native goes through here.
  Value invoke(Args& a) {
    if (def && !method_call_fits(*def, def_owner, a)) check_method_call(*def, def_owner, a);
    return fn(a);
  }
};

struct BoundMethod : Object {
  Value self;
  Value func;
  BoundMethod(Value self, Value func) : Object(Kind::BoundMethod, types().method), self(self), func(func) {}
  void trace(Tracer& t) override { t.mark(self); t.mark(func); }
};

// staticmethod / classmethod wrappers and property.
struct StaticMethod : Object {
  Value func;
  explicit StaticMethod(Value f) : Object(Kind::StaticMethod, types().staticmethod), func(f) {}
  void trace(Tracer& t) override { t.mark(func); }
};
struct ClassMethod : Object {
  Value func;
  explicit ClassMethod(Value f) : Object(Kind::ClassMethod, types().classmethod), func(f) {}
  void trace(Tracer& t) override { t.mark(func); }
};
struct Property : Object {
  Value fget, fset, fdel, doc;
  Property() : Object(Kind::Property, types().property) {}
  void trace(Tracer& t) override { t.mark(fget); t.mark(fset); t.mark(fdel); t.mark(doc); }
};

NativeFunction* new_native(const char* name, NativeFn fn, Value self = Value());

}  // namespace coil::rt
