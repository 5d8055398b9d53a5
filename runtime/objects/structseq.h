// Struct sequences (CPython's PyStructSequence): tuples whose items are also
// named attributes, such as sys.version_info. Instances have tuple's layout
// and a type of their own, whose repr names the fields:
// sys.version_info(major=3, minor=11, ...).
//
// As in CPython, a type may have more fields than its tuple shows: the
// first n_sequence_fields are the tuple's items, the rest are reachable only
// by name (os.stat_result's st_atime_ns, st_blksize, ...). A visible field
// may also be unnamed (os.stat_result's integer times at 7, 8 and 9), which
// only indexing reaches.
#pragma once
#include <vector>

#include "runtime/list.h"
#include "runtime/types.h"

namespace coil::rt {

// An instance of a type with hidden fields: the visible ones are the
// tuple's items, the others follow in `hidden`. Kind::Tuple, so that every
// tuple native works on it.
struct StructSeq : Tuple {
  std::vector<Value> hidden;
  StructSeq(std::vector<Value> visible, std::vector<Value> rest);
  void trace(Tracer& t) override;
  size_t heap_size() const override {
    return sizeof(StructSeq) + (items.capacity() + hidden.capacity()) * sizeof(Value);
  }
};

// A struct sequence type. `fields` lists every field in order, null for an
// unnamed one; the first n_visible (all when -1) are the tuple's items.
struct StructSeqSpec {
  const char* module;
  const char* name;
  std::vector<const char*> fields;
  int n_visible = -1;
  const char* doc = nullptr;
};

// A struct sequence type named module.name (read-only properties over the
// fields). Made at start-up; the type stays alive for the whole run. It
// cannot be instantiated from Python unless its module installs a ctor that
// calls structseq_construct.
TypeObject* new_structseq_type(const StructSeqSpec& spec);
TypeObject* new_structseq_type(const char* module, const char* name, std::vector<const char*> fields);
// An instance: items.size() must equal the number of fields, visible first.
Value new_structseq(TypeObject* type, std::vector<Value> items);
// The value of field i (counting hidden fields after the visible ones).
Value structseq_field(Value self, size_t i);
// `type(sequence, dict=None)` as CPython's structseq_new: the visible
// fields from the sequence (at least n_sequence_fields, at most n_fields
// items), the hidden ones that it leaves out from the dict by name, or
// None. For a type's ctor (a.v are the call's arguments).
Value structseq_construct(TypeObject* type, Args& a);

}  // namespace coil::rt
