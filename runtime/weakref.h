// Weak references under the tracing collector (_weakref: ref, proxy).
//
// A WeakRef points at its referent without tracing it. Collections clear the
// references to objects found unreachable (between marking and sweeping) and
// queue their callbacks, which run after the sweep at the same safe point.
//
// CPython frees an object the moment its last reference goes, so
// `del obj; r()` gives None there. A tracing collector learns that only by
// collecting, so coil collects at the two moments a program can tell the
// difference: when a name bound to a weakly referenced object is deleted or
// rebound while one of its weak references has a callback (the collection
// runs right then), and when a weak reference is read (ref(), a proxy,
// getweakrefcount). Reads back off exponentially while collections keep
// finding nothing to clear, so a loop over a weak dictionary does not
// collect on every step; a name losing a weakly referenced object ends the
// back-off.
#pragma once
#include <vector>

#include "runtime/misc.h"

namespace coil::rt {

struct WeakRef : NativeObject {
  // Null once the referent has been collected.
  Object* referent;
  Value callback;      // None when there is none
  int64_t hash = -1;   // the referent's hash, once asked for
  WeakRef(TypeObject* type, Object* referent, Value callback);
  ~WeakRef() override;
  void trace(Tracer& t) override;
  Value get_attr(Str* name) override;
  bool set_attr(Str* name, Value v) override;
  bool is_proxy() const;
};

// The types of _weakref, made at start-up.
TypeObject* weakref_type();         // weakref.ReferenceType
TypeObject* weakproxy_type();       // weakref.ProxyType
TypeObject* callable_proxy_type();  // weakref.CallableProxyType

// ref(obj[, callback]) and proxy(obj[, callback]); TypeError "cannot create
// weak reference to 'int' object" for objects that cannot have them.
Value new_weakref(Value obj, Value callback);
Value new_weakproxy(Value obj, Value callback);
// The live weak references to obj, oldest first.
int64_t weakref_count(Value obj);
void weakrefs_of(Value obj, std::vector<Value>& out);

// The referent of a weak reference as a read sees it (None when dead),
// after a collection if one may change the answer.
Value weakref_get(WeakRef* w);

// A name lost an object that has weak references without callbacks: the
// next read of a weak reference collects, whatever its back-off says.
void weak_referent_lost();

// Runs the callbacks of references cleared by the last collection (called
// by after_collection). A callback that raises is reported as CPython's
// "Exception ignored in: <callback>" and does not propagate.
void run_weakref_callbacks();

void init_weakrefs();

}  // namespace coil::rt
