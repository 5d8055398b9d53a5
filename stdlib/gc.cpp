// The gc module over coil's collector (runtime/heap.h): a precise
// mark-sweep that runs at safe points, not CPython's reference counting plus
// a generational cycle collector. What maps directly is kept exact
// (collect() really collects, disable() really stops automatic collection);
// what has no counterpart is accepted and reported plausibly (thresholds are
// stored, counts are coil's own).
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "runtime/warnings.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

// get_threshold()/set_threshold(): CPython's defaults. Setting threshold0 to
// zero disables automatic collection there, and does here too.
int64_t g_threshold[3] = {700, 10, 10};
bool g_enabled = true;
int64_t g_debug = 0;

void apply_automatic() { heap().set_automatic(g_enabled && g_threshold[0] != 0); }

void no_args(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "gc.%s() takes no keyword arguments", name);
  if (a.n) raisef(exc_types().TypeError, "gc.%s() takes no arguments (%d given)", name, a.n);
}

void one_arg(Args& a, const char* name) {
  if (a.nkw()) raisef(exc_types().TypeError, "gc.%s() takes no keyword arguments", name);
  if (a.n != 1) raisef(exc_types().TypeError, "gc.%s() takes exactly one argument (%d given)", name, a.n);
}

// gc.collect(generation=2). The caller's frame saved its state before this
// native ran (as for any call), so this is a safe point like the one at a
// script function's entry: everything live is reachable from the frames and
// the registered roots. CPython's result counts the unreachable objects its
// cycle detector found; coil cannot tell cyclic garbage from the rest (CPython
// frees that by reference counting before it ever gets here), so it reports 0,
// which is what CPython reports when no cycles were left behind.
Value gc_collect(Args& a) {
  if (a.n > 1) raisef(exc_types().TypeError, "collect() takes at most 1 argument (%d given)", a.n);
  Value gen = a.n ? a.v[0] : Value();
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& key = as_str(a.kwnames->items[k])->s;
    if (key != "generation") raisef(exc_types().TypeError, "collect() got an unexpected keyword argument '%s'", key.c_str());
    if (a.n) raise(exc_types().TypeError, "argument for collect() given by name ('generation') and position (1)");
    gen = a.kw(k);
  }
  if (!gen.is_undef()) {
    int64_t g = index_value(gen);
    if (g < 0 || g > 2) raise(exc_types().ValueError, "invalid generation");
  }
  heap().collect();
  // Warnings and reports that the collection found (coroutines never
  // awaited, tasks destroyed while pending), as after any collection.
  after_collection();
  return make_int(0);
}

Value gc_enable(Args& a) {
  no_args(a, "enable");
  g_enabled = true;
  apply_automatic();
  return make_none();
}

Value gc_disable(Args& a) {
  no_args(a, "disable");
  g_enabled = false;
  apply_automatic();
  return make_none();
}

Value gc_isenabled(Args& a) {
  no_args(a, "isenabled");
  return make_bool(g_enabled);
}

// (objects allocated since the last collection, 0, 0): coil's collector has
// one generation.
Value gc_get_count(Args& a) {
  no_args(a, "get_count");
  return make_obj(new_tuple(
      {make_int(static_cast<int64_t>(heap().allocations_since_collection())), make_int(0), make_int(0)}));
}

Value gc_get_threshold(Args& a) {
  no_args(a, "get_threshold");
  return make_obj(new_tuple({make_int(g_threshold[0]), make_int(g_threshold[1]), make_int(g_threshold[2])}));
}

Value gc_set_threshold(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "set_threshold() takes no keyword arguments");
  if (a.n < 1) raisef(exc_types().TypeError, "set_threshold() takes at least 1 argument (%d given)", a.n);
  if (a.n > 3) raisef(exc_types().TypeError, "set_threshold() takes at most 3 arguments (%d given)", a.n);
  int64_t t[3] = {g_threshold[0], g_threshold[1], g_threshold[2]};
  for (int i = 0; i < a.n; ++i) {
    if (a.v[i].is_float()) raise(exc_types().TypeError, "'float' object cannot be interpreted as an integer");
    t[i] = index_value(a.v[i]);
  }
  for (int i = 0; i < 3; ++i) g_threshold[i] = t[i];
  apply_automatic();
  return make_none();
}

// Whether CPython's collector would track v: atoms (numbers, strings,
// bytes, None, ranges, code) and objects of static types without references
// (a plain object(), a built-in class) are not tracked; a dict is tracked
// only once it holds something tracked (CPython's lazy dict tracking);
// containers, functions, modules, classes defined in Python and their
// instances are.
bool is_tracked(Value v, int depth = 0) {
  if (!v.is_obj()) return false;
  Object* o = v.o;
  switch (o->kind) {
    case Kind::Str:
    case Kind::BigInt:
    case Kind::Bytes:
    case Kind::Range:
    case Kind::Code:
      return false;
    case Kind::Tuple:
      return as<Tuple>(v)->size() != 0;
    case Kind::Dict: {
      if (o->has_side_attrs) return true;  // an instance of a dict subclass
      if (depth > 50) return true;
      for (const DictEntry& e : as<Dict>(v)->entries)
        if (!e.key.is_undef() && (is_tracked(e.key, depth + 1) || is_tracked(e.value, depth + 1))) return true;
      return false;
    }
    case Kind::Type:
      return !static_cast<TypeObject*>(o)->is_builtin;
    case Kind::Instance:
      return o->type != types().object;
    default:
      return true;
  }
}

Value gc_is_tracked(Args& a) {
  one_arg(a, "is_tracked");
  return make_bool(is_tracked(a.v[0]));
}

// gc.is_finalized(obj): coil runs no __del__ finalizers.
Value gc_is_finalized(Args& a) {
  one_arg(a, "is_finalized");
  return make_bool(false);
}

Value gc_get_debug(Args& a) {
  no_args(a, "get_debug");
  return make_int(g_debug);
}

Value gc_set_debug(Args& a) {
  one_arg(a, "set_debug");
  g_debug = index_value(a.v[0]);
  return make_none();
}

// freeze()/unfreeze(): CPython moves objects to a permanent generation that
// its collector skips; coil's collector has no such generation.
Value gc_freeze(Args& a) {
  no_args(a, "freeze");
  return make_none();
}
Value gc_unfreeze(Args& a) {
  no_args(a, "unfreeze");
  return make_none();
}
Value gc_get_freeze_count(Args& a) {
  no_args(a, "get_freeze_count");
  return make_int(0);
}

// get_stats(): one dict per CPython generation; coil's collections all count
// in the first.
Value gc_get_stats(Args& a) {
  no_args(a, "get_stats");
  std::vector<Value> gens;
  for (int g = 0; g < 3; ++g) {
    Dict* d = new_dict();
    gens.push_back(make_obj(d));
    d->set_str(intern("collections"), make_int(g == 0 ? static_cast<int64_t>(heap().collections()) : 0));
    d->set_str(intern("collected"), make_int(0));
    d->set_str(intern("uncollectable"), make_int(0));
  }
  return make_obj(new_list(std::move(gens)));
}


}  // namespace

Module* init_gc_module() {
  Module* m = new_module("gc");
  add_function(m, "collect", gc_collect);
  add_function(m, "enable", gc_enable);
  add_function(m, "disable", gc_disable);
  add_function(m, "isenabled", gc_isenabled);
  add_function(m, "get_count", gc_get_count);
  add_function(m, "get_threshold", gc_get_threshold);
  add_function(m, "set_threshold", gc_set_threshold);
  add_function(m, "is_tracked", gc_is_tracked);
  add_function(m, "is_finalized", gc_is_finalized);
  add_function(m, "get_debug", gc_get_debug);
  add_function(m, "set_debug", gc_set_debug);
  add_function(m, "freeze", gc_freeze);
  add_function(m, "unfreeze", gc_unfreeze);
  add_function(m, "get_freeze_count", gc_get_freeze_count);
  add_function(m, "get_stats", gc_get_stats);
  // Lists that CPython's collector fills or calls: uncollectable objects
  // (none here) and callbacks around each collection (not called here).
  m->dict->set_str(intern("garbage"), make_obj(new_list({})));
  m->dict->set_str(intern("callbacks"), make_obj(new_list({})));
  const std::pair<const char*, int64_t> debug_flags[] = {{"DEBUG_STATS", 1},       {"DEBUG_COLLECTABLE", 2},
                                                         {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32},
                                                         {"DEBUG_LEAK", 38}};
  for (const auto& [name, value] : debug_flags) m->dict->set_str(intern(name), make_int(value));
  return m;
}

}  // namespace coil::rt
