// Builtins that look at the calling frame: globals(), locals(), and the
// zero-argument forms of dir() and vars(). Natives push no frame, so the
// caller is vm().frame.
#include <algorithm>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

namespace {

Frame* caller() {
  Frame* f = vm().frame;
  if (!f) raise(exc_types().SystemError, "no current frame");
  return f;
}

Dict* frame_locals(Frame* f) {
  if (f->locals_dict) return f->locals_dict;
  if (f->code->flags & vm::CO_MODULE) return f->globals;
  Dict* d = new_dict();
  Value* s = f->slots();
  vm::Code* c = f->code;
  for (int i = 0; i < c->nlocals(); ++i) {
    // Locals captured by inner functions live in cells.
    bool in_cell = false;
    for (int k = 0; k < c->ncells(); ++k)
      if (c->cell2arg[k] == i || c->cellvars[k] == c->varnames[i]) in_cell = true;
    if (!in_cell && !s[i].is_undef()) d->set_str(c->varnames[i], s[i]);
  }
  for (int k = 0; k < c->ncells() + c->nfree(); ++k) {
    Value cell = s[c->nlocals() + k];
    Str* name = k < c->ncells() ? c->cellvars[k] : c->freevars[k - c->ncells()];
    if (cell.is_obj() && cell.o->kind == Kind::Cell && !as<Cell>(cell)->value.is_undef())
      d->set_str(name, as<Cell>(cell)->value);
  }
  return d;
}

Value b_globals(Args& a) {
  if (a.n) raise(exc_types().TypeError, "globals() takes no arguments (" + std::to_string(a.n) + " given)");
  return make_obj(caller()->globals);
}

Value b_locals(Args& a) {
  if (a.n) raise(exc_types().TypeError, "locals() takes no arguments (" + std::to_string(a.n) + " given)");
  return make_obj(frame_locals(caller()));
}

Value g_dir_with_arg;
Value g_vars_with_arg;

Value b_dir(Args& a) {
  if (a.n == 0 && a.nkw() == 0) {
    Dict* d = frame_locals(caller());
    std::vector<Value> names;
    for (const DictEntry& e : d->entries)
      if (!e.key.is_undef()) names.push_back(e.key);
    std::sort(names.begin(), names.end(), [](Value x, Value y) { return as_str(x)->s < as_str(y)->s; });
    return make_obj(new_list(std::move(names)));
  }
  return call(g_dir_with_arg, a.v, a.n, a.kwnames);
}

Value b_vars(Args& a) {
  if (a.n == 0 && a.nkw() == 0) return make_obj(frame_locals(caller()));
  return call(g_vars_with_arg, a.v, a.n, a.kwnames);
}

// object.__init_subclass__: the default hook does nothing.
Value object_init_subclass(Args& a) {
  if (a.nkw()) {
    // Named by the class it runs for, as CPython: "B.__init_subclass__()".
    std::string cls = type_name(a.v[0]);
    if (a.v[0].is_obj() && a.v[0].o->kind == Kind::Type) {
      TypeObject* t = static_cast<TypeObject*>(a.v[0].o);
      cls = (t->qualname ? t->qualname : t->name)->s;
    }
    raise(exc_types().TypeError, cls + ".__init_subclass__() takes no keyword arguments");
  }
  return make_none();
}

Value range_index_method(Args& a) {
  if (a.n != 2) raisef(exc_types().TypeError, "index() takes exactly one argument (%d given)", a.n - 1);
  return range_index(as<Range>(a.v[0]), a.v[1]);
}

Value range_count_method(Args& a) {
  if (a.n != 2) raisef(exc_types().TypeError, "count() takes exactly one argument (%d given)", a.n - 1);
  return make_int(range_count(as<Range>(a.v[0]), a.v[1]));
}

Value slice_indices(Args& a) {
  if (a.n != 2) raise(exc_types().TypeError, "indices() takes exactly one argument");
  int64_t n = index_value(a.v[1]);
  if (n < 0) raise(exc_types().ValueError, "length should not be negative");
  int64_t start, stop, step;
  as<Slice>(a.v[0])->indices(n, &start, &stop, &step);
  return make_obj(new_tuple({make_int(start), make_int(stop), make_int(step)}));
}

}  // namespace

void init_introspection(Dict* b) {
  g_dir_with_arg = b->get_str(intern("dir"));
  g_vars_with_arg = b->get_str(intern("vars"));
  heap().permanent_values.push_back(&g_dir_with_arg);
  heap().permanent_values.push_back(&g_vars_with_arg);
  b->set_str(intern("globals"), make_obj(new_native("globals", b_globals)));
  b->set_str(intern("locals"), make_obj(new_native("locals", b_locals)));
  b->set_str(intern("dir"), make_obj(new_native("dir", b_dir)));
  b->set_str(intern("vars"), make_obj(new_native("vars", b_vars)));
  types().object->dict->set_str(
      intern("__init_subclass__"),
      make_obj(heap().make<ClassMethod>(make_obj(new_native("__init_subclass__", object_init_subclass)))));
  add_method(types().range, "index", range_index_method);
  add_method(types().range, "count", range_count_method);
  add_method(types().slice, "indices", slice_indices);
}

}  // namespace coil::rt
