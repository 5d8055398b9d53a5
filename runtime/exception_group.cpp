#include "runtime/exception_group.h"

#include <unordered_set>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::rt {

namespace {

Str* S(const char* s) { return intern(s); }

bool is_exc(Value v) { return v.is_obj() && v.o->kind == Kind::Exception; }

Tuple* exceptions_of(Value eg) {
  Value e = as<Exception>(eg)->dict->get_str(S("exceptions"));
  return as<Tuple>(e);
}

Value message_of(Value eg) { return as<Exception>(eg)->dict->get_str(S("message")); }

bool matches(Value e, Value cond) {
  if (cond.is_obj() && (cond.o->kind == Kind::Type || cond.o->kind == Kind::Tuple)) return exception_matches(e, cond);
  return truthy(call1(cond, e));
}

Value derive_like(Value self, std::vector<Value> excs) {
  RootedVector keep;
  keep.assign(excs.begin(), excs.end());
  Value list = make_obj(new_list(std::move(excs)));
  Rooted lroot(list);
  Value derive = lookup_special(self, S("derive"));
  Value eg = call1(derive, list);
  Exception* n = as<Exception>(eg);
  Exception* o = as<Exception>(self);
  n->cause = o->cause;
  n->context = o->context;
  n->suppress_context = o->suppress_context;
  n->traceback = o->traceback;
  Value notes = o->dict->get_str(S("__notes__"));
  if (!notes.is_undef()) n->dict->set_str(S("__notes__"), notes);
  return eg;
}

void split(Value self, Value cond, Value* match, Value* rest) {
  if (matches(self, cond)) {
    *match = self;
    *rest = make_none();
    return;
  }
  std::vector<Value> m, r;
  RootedVector keep;
  for (Value e : exceptions_of(self)->items) {
    if (is_exception_group(e)) {
      Value em, er;
      split(e, cond, &em, &er);
      keep.push_back(em);
      keep.push_back(er);
      if (!em.is_none()) m.push_back(em);
      if (!er.is_none()) r.push_back(er);
    } else if (matches(e, cond)) {
      m.push_back(e);
    } else {
      r.push_back(e);
    }
  }
  *match = m.empty() ? make_none() : derive_like(self, m);
  Rooted mroot(*match);
  *rest = r.empty() ? make_none() : derive_like(self, r);
}

Value eg_str(Args& a) {
  Value self = a.v[0];
  size_t n = exceptions_of(self)->size();
  return str_value(str(message_of(self)) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Value eg_derive(Args& a) {
  if (a.n != 2) raise(exc_types().TypeError, "derive() takes exactly one argument");
  Value args[2] = {message_of(a.v[0]), a.v[1]};
  return new_exception_group(exc_types().BaseExceptionGroup, args, 2);
}

Value eg_split(Args& a) {
  if (a.n != 2) raise(exc_types().TypeError, "split() takes exactly one argument");
  Value m, r;
  split(a.v[0], a.v[1], &m, &r);
  return make_obj(new_tuple({m, r}));
}

Value eg_subgroup(Args& a) {
  if (a.n != 2) raise(exc_types().TypeError, "subgroup() takes exactly one argument");
  Value m, r;
  split(a.v[0], a.v[1], &m, &r);
  return m;
}

void leaves(Value e, std::unordered_set<Object*>& out) {
  if (is_exception_group(e)) {
    for (Value x : exceptions_of(e)->items) leaves(x, out);
  } else if (e.is_obj()) {
    out.insert(e.o);
  }
}

Value leaf_in_set(Args& a) {
  // A native predicate bound (via self) to a tuple of allowed leaves.
  Tuple* allowed = as<Tuple>(a.v[0]);
  for (Value x : allowed->items)
    if (x.identical(a.v[1])) return make_bool(true);
  return make_bool(false);
}

}  // namespace

bool is_exception_group(Value v) {
  return is_exc(v) && v.o->type->is_subtype(exc_types().BaseExceptionGroup);
}

Value new_exception_group(TypeObject* cls, Value* args, int nargs) {
  ExceptionTypes& x = exc_types();
  if (nargs != 2)
    raisef(x.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
  if (!is_str(args[0]))
    raise(x.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(args[0]));
  Value seq = args[1];
  if (!is_list(seq) && !is_tuple(seq))
    raise(x.TypeError, "second argument (exceptions) must be a sequence");
  std::vector<Value> items;
  collect_values(seq, items);
  if (items.empty()) raise(x.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exception = true;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_exc(items[i]))
      raisef(x.ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
    if (!items[i].o->type->is_subtype(x.Exception)) all_exception = false;
  }
  if (cls == x.BaseExceptionGroup && all_exception) cls = x.ExceptionGroup;
  if (cls->is_subtype(x.Exception) && !all_exception)
    raise(x.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  Exception* e = heap().make<Exception>(cls);
  Value ev = make_obj(e);
  Rooted root(ev);
  e->args = make_obj(new_tuple({args[0], args[1]}));
  e->dict->set_str(S("message"), args[0]);
  e->dict->set_str(S("exceptions"), make_obj(new_tuple(std::move(items))));
  return ev;
}

void exception_group_match(Value exc, Value type, Value* match, Value* rest) {
  if (type.is_obj() && type.o->kind == Kind::Type &&
      as<TypeObject>(type)->is_subtype(exc_types().BaseExceptionGroup))
    raise(exc_types().TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (is_tuple(type))
    for (Value t : as<Tuple>(type)->items)
      if (t.is_obj() && t.o->kind == Kind::Type && as<TypeObject>(t)->is_subtype(exc_types().BaseExceptionGroup))
        raise(exc_types().TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (exc.is_none() || exc.is_undef()) {
    *match = make_none();
    *rest = make_none();
    return;
  }
  if (!is_exception_group(exc)) {
    if (exception_matches(exc, type)) {
      Value args[2] = {str_value(""), make_obj(new_tuple({exc}))};
      Rooted keep(args[1]);
      *match = new_exception_group(exc_types().BaseExceptionGroup, args, 2);
      as<Exception>(*match)->traceback = as<Exception>(exc)->traceback;
      *rest = make_none();
    } else {
      *match = make_none();
      *rest = exc;
    }
    return;
  }
  split(exc, type, match, rest);
}

Value prep_reraise_star(Value orig, Value raised_list) {
  std::vector<Value> keep;
  for (Value v : as<List>(raised_list)->items)
    if (!v.is_none()) keep.push_back(v);
  if (keep.empty()) return make_none();
  std::unordered_set<Object*> orig_leaves;
  leaves(orig, orig_leaves);
  std::vector<Value> raised, reraised_leaves;
  for (Value v : keep) {
    std::unordered_set<Object*> ls;
    leaves(v, ls);
    bool from_orig = v.identical(orig);
    if (!from_orig) {
      from_orig = !ls.empty();
      for (Object* o : ls)
        if (!orig_leaves.count(o)) from_orig = false;
    }
    if (from_orig) {
      for (Object* o : ls) reraised_leaves.push_back(make_obj(o));
    } else {
      raised.push_back(v);
    }
  }
  RootedVector roots;
  roots.assign(raised.begin(), raised.end());
  Value reraised = make_none();
  if (!reraised_leaves.empty()) {
    if (!is_exception_group(orig)) {
      reraised = orig;
    } else {
      Value allowed = make_obj(new_tuple(reraised_leaves));
      Rooted aroot(allowed);
      Value pred = make_obj(new_native("_leaf_in", leaf_in_set, allowed));
      Rooted proot(pred);
      Value m, r;
      split(orig, pred, &m, &r);
      reraised = m;
    }
  }
  roots.push_back(reraised);
  if (raised.empty()) return reraised;
  if (!reraised.is_none()) raised.push_back(reraised);
  if (raised.size() == 1) return raised[0];
  Value args[2] = {str_value(""), make_obj(new_list(raised))};
  Rooted lroot(args[1]);
  return new_exception_group(exc_types().BaseExceptionGroup, args, 2);
}

void init_exception_group_methods() {
  TypeObject* t = exc_types().BaseExceptionGroup;
  add_method(t, "__str__", eg_str);
  add_method(t, "derive", eg_derive);
  add_method(t, "split", eg_split);
  add_method(t, "subgroup", eg_subgroup);
}

}  // namespace coil::rt
