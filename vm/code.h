// Code objects: the compiled form of a module, class body, function,
// lambda or comprehension.
#pragma once
#include <string>
#include <vector>

#include "runtime/object.h"
#include "runtime/types.h"
#include "vm/opcodes.h"

namespace coil::rt { struct Str; }

namespace coil::vm {

using rt::Str;
using rt::Value;

enum CodeFlags : uint32_t {
  CO_VARARGS = 1 << 0,
  CO_VARKEYWORDS = 1 << 1,
  CO_GENERATOR = 1 << 2,
  CO_COROUTINE = 1 << 3,
  CO_ASYNC_GENERATOR = 1 << 4,
  CO_CLASS_BODY = 1 << 5,  // locals live in a namespace dict (LOAD_NAME)
  CO_MODULE = 1 << 6,
  CO_NESTED = 1 << 7,
  CO_ITERABLE_COROUTINE = 1 << 8,  // a generator that `await` accepts
  CO_HAS_DOCSTRING = 1 << 9,       // consts[0] is the docstring
  // Positional parameters only, no cells, not a generator: CALL may bind
  // arguments by copying them (see the fast path in vm/interp.cpp).
  CO_SIMPLE_ARGS = 1 << 10,
};

// One row of the exception table: an exception raised by an instruction in
// [start, end) jumps to `target` after trimming the value stack to `depth`
// and pushing the exception.
struct ExceptionEntry {
  uint32_t start, end, target, depth;
};

// LOAD_GLOBAL's inline cache, one per entry of `names`: the entry index of
// the name in the globals (or builtins) dict, valid while both dicts keep
// the layout versions recorded here.
struct GlobalCache {
  const void* globals = nullptr;
  uint32_t globals_version = 0;
  uint32_t builtins_version = 0;
  int32_t index = -1;       // entry index in the dict that has the name
  bool in_builtins = false;
};

// Inline cache of LOAD_ATTR / STORE_ATTR / LOAD_METHOD on instances of
// script classes, one per instruction. `type` and `epoch` say the class (and
// every class) is unchanged; `index` is where the attribute sat in the
// instance dict last time, checked by comparing the key there (instances of
// one class usually add attributes in the same order); `method` is the
// function found on the class for LOAD_METHOD.
struct AttrCache {
  const void* type = nullptr;
  uint64_t epoch = 0;
  int32_t index = -1;
  bool plain = false;  // no data descriptor / __setattr__ / __getattr__ involved
  rt::Value method;
};

struct Code : rt::Object {
  std::vector<Instr> instrs;
  std::vector<Value> consts;
  std::vector<Str*> names;      // globals, attributes, imports
  std::vector<Str*> varnames;   // locals; parameters first
  std::vector<Str*> cellvars;   // locals captured by inner functions
  std::vector<Str*> freevars;   // captured from enclosing functions
  // For each cellvar that is also a parameter, its varnames index, else -1.
  std::vector<int> cell2arg;
  std::vector<ExceptionEntry> exceptions;
  // (first instruction index, line) pairs in increasing instruction order.
  std::vector<std::pair<uint32_t, int>> lines;
  std::vector<GlobalCache> global_cache;  // sized like `names` by the compiler
  std::vector<AttrCache> attr_cache;      // sized like `instrs` on first use

  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  int firstlineno = 1;
  int argcount = 0;          // positional parameters incl. positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int stacksize = 0;
  uint32_t flags = 0;

  Code() : Object(rt::Kind::Code, rt::types().code) {}
  void trace(rt::Tracer& t) override;
  size_t heap_size() const override { return sizeof(Code) + instrs.size() * 4; }

  // Frame slot layout: [varnames][cellvars][freevars][value stack]. The
  // counts are cached by finish() so the call path reads plain ints.
  int nlocals() const { return nlocals_; }
  int ncells() const { return ncells_; }
  int nfree() const { return nfree_; }
  int nslots() const { return nlocals_ + ncells_ + nfree_ + stacksize; }
  // Call once the compiler has filled the vectors.
  void finish() {
    nlocals_ = static_cast<int>(varnames.size());
    ncells_ = static_cast<int>(cellvars.size());
    nfree_ = static_cast<int>(freevars.size());
  }
  int nlocals_ = 0, ncells_ = 0, nfree_ = 0;
  int line_of(uint32_t instr_index) const;
  // The handler for an exception at instruction index, or null.
  const ExceptionEntry* handler_for(uint32_t instr_index) const;
  bool is_generator_like() const { return flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR); }
};

}  // namespace coil::vm
