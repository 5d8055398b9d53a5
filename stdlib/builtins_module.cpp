// The `builtins` module: a module object whose dict is the VM's builtins
// dict itself, so `builtins.x = 1` makes x visible to every module (name
// lookups fall back to that dict, and LOAD_GLOBAL's cache checks its
// version). It is made at start-up and registered in sys.modules; __main__
// gets it as __builtins__, other modules get its dict, as in CPython.
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "stdlib/modules.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace {

const char kBuiltinsDoc[] =
    "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all "
    "'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function "
    "len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules "
    "that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also "
    "needed.";

// __import__(name, globals=None, locals=None, fromlist=(), level=0): the
// import statement's machinery. Relative imports (level > 0) resolve
// against globals['__package__'].
Value b_import(Args& a) {
  static const char* const names[] = {"name", "globals", "locals", "fromlist", "level"};
  Value v[5];
  if (a.n > 5) raisef(exc_types().TypeError, "__import__() takes at most 5 arguments (%d given)", a.n);
  for (int i = 0; i < a.n; ++i) v[i] = a.v[i];
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& key = as_str(a.kwnames->items[k])->s;
    int found = -1;
    for (int i = 0; i < 5; ++i)
      if (key == names[i]) found = i;
    if (found < 0) raisef(exc_types().TypeError, "__import__() got an unexpected keyword argument '%s'", key.c_str());
    if (found < a.n)
      raisef(exc_types().TypeError, "argument for __import__() given by name ('%s') and position (%d)", key.c_str(),
             found + 1);
    v[found] = a.kw(k);
  }
  if (v[0].is_undef()) raise(exc_types().TypeError, "__import__() missing required argument 'name' (pos 1)");
  if (!is_str(v[0])) raise(exc_types().TypeError, "module name must be a string");
  int64_t level = v[4].is_undef() ? 0 : index_value(v[4]);
  if (level < 0) raise(exc_types().ValueError, "level must be >= 0");
  std::string name = as_str(v[0])->s;
  if (name.empty() && level == 0) raise(exc_types().ValueError, "Empty module name");
  Dict* globals = is_dict(v[1]) ? as<Dict>(v[1]) : nullptr;
  if (level > 0 && !globals) raise(exc_types().KeyError, "'__name__' not in globals");
  Dict* empty = nullptr;
  if (!globals) globals = empty = new_dict();
  Rooted keep(make_obj(empty ? empty : globals));
  Value fromlist = v[3].is_undef() || !truthy(v[3]) ? make_none() : v[3];
  return import_name(intern(std::string(static_cast<size_t>(level), '.') + name), fromlist, globals);
}

}  // namespace

bool is_builtin_import(Value v) {
  return v.is_obj() && v.o->kind == Kind::NativeFunction && static_cast<NativeFunction*>(v.o)->fn == b_import;
}

Module* init_builtins_module() {
  VM& m = vm();
  Dict* b = m.builtins;
  Module* mod = heap().make<Module>(intern("builtins"), b);
  m.builtins_module = mod;
  b->set_str(intern("__name__"), str_value("builtins"));
  b->set_str(intern("__doc__"), str_value(kBuiltinsDoc));
  b->set_str(intern("__package__"), str_value(""));
  b->set_str(intern("__spec__"), make_none());
  b->set_str(intern("__loader__"), make_none());
  b->set_str(intern("__debug__"), make_bool(true));
  b->set_str(intern("__build_class__"), build_class_function());
  b->set_str(intern("__import__"), make_obj(new_native("__import__", b_import)));
  b->set_str(intern("open"), io_open_function());
  m.modules->set_str(intern("builtins"), make_obj(mod));
  return mod;
}

}  // namespace coil::rt
