#include "runtime/code_methods.h"

#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/code.h"

namespace coil::rt {

namespace {

// CPython's CO_* values that coil's flags have counterparts of.
constexpr int64_t kOptimized = 0x1, kNewLocals = 0x2, kVarargs = 0x4, kVarKeywords = 0x8, kNested = 0x10,
                  kGenerator = 0x20, kCoroutine = 0x80, kIterableCoroutine = 0x100, kAsyncGenerator = 0x200;

Str* str_arg(Value v, const char* field) {
  if (!is_str(v)) raisef(exc_types().TypeError, "%s must be str, not %s", field, type_name(v).c_str());
  return as_str(v);
}

// code.replace(**changes): a copy with some co_* fields replaced. coil's
// bytecode is not CPython's, so only the fields that do not describe it can
// change: the names, the file, the first line, and the flags that say how
// the code may be awaited or nested.
Value code_replace(Args& a) {
  if (a.n != 1)
    raisef(exc_types().TypeError, "replace() takes exactly 0 positional arguments (%d given)", a.n - 1);
  vm::Code* src = as<vm::Code>(a.v[0]);
  vm::Code* c = heap().make<vm::Code>();
  Rooted keep(make_obj(c));
  c->instrs = src->instrs;
  c->consts = src->consts;
  c->names = src->names;
  c->varnames = src->varnames;
  c->cellvars = src->cellvars;
  c->freevars = src->freevars;
  c->cell2arg = src->cell2arg;
  c->exceptions = src->exceptions;
  c->lines = src->lines;
  c->global_cache.resize(src->global_cache.size());
  c->name = src->name;
  c->qualname = src->qualname;
  c->filename = src->filename;
  c->firstlineno = src->firstlineno;
  c->argcount = src->argcount;
  c->posonlyargcount = src->posonlyargcount;
  c->kwonlyargcount = src->kwonlyargcount;
  c->stacksize = src->stacksize;
  c->flags = src->flags;
  c->finish();
  for (int k = 0; k < a.nkw(); ++k) {
    const std::string& key = as_str(a.kwnames->items[k])->s;
    Value v = a.kw(k);
    if (key == "co_name") {
      c->name = str_arg(v, "co_name");
    } else if (key == "co_qualname") {
      c->qualname = str_arg(v, "co_qualname");
    } else if (key == "co_filename") {
      c->filename = str_arg(v, "co_filename");
    } else if (key == "co_firstlineno") {
      int64_t line = index_value(v);
      // The line table is kept relative to the first line.
      for (auto& entry : c->lines) entry.second += static_cast<int>(line - src->firstlineno);
      c->firstlineno = static_cast<int>(line);
    } else if (key == "co_flags") {
      int64_t want = index_value(v), have = cpython_code_flags(src);
      int64_t changeable = kIterableCoroutine | kNested;
      if ((want & ~changeable) != (have & ~changeable))
        raise(exc_types().NotImplementedError,
              "code.replace() can change only CO_ITERABLE_COROUTINE and CO_NESTED in co_flags in coil");
      uint32_t flags = c->flags & ~static_cast<uint32_t>(vm::CO_ITERABLE_COROUTINE | vm::CO_NESTED);
      if (want & kIterableCoroutine) flags |= vm::CO_ITERABLE_COROUTINE;
      if (want & kNested) flags |= vm::CO_NESTED;
      c->flags = flags;
    } else if (key.rfind("co_", 0) == 0) {
      raisef(exc_types().NotImplementedError, "code.replace() cannot change %s in coil", key.c_str());
    } else {
      raisef(exc_types().TypeError, "'%s' is an invalid keyword argument for replace()", key.c_str());
    }
  }
  return make_obj(c);
}

// co_positions(): (line, end_line, column, end_column) for each instruction,
// in the order traceback indexes them (f_lasti // 2). coil keeps lines, not
// columns, so the columns are None (tracebacks then show no carets).
Value code_positions(Args& a) {
  vm::Code* c = as<vm::Code>(a.v[0]);
  RootedVector items;
  for (uint32_t i = 0; i < c->instrs.size(); ++i) {
    Value line = make_int(c->line_of(i));
    items.push_back(make_obj(new_tuple({line, line, make_none(), make_none()})));
  }
  Rooted list(make_obj(new_list(std::vector<Value>(items.begin(), items.end()))));
  return get_iter(list.get());
}

// co_lines(): (start, end, line) byte ranges, two bytes an instruction as in
// CPython's f_lasti, runs of one line merged.
Value code_lines(Args& a) {
  vm::Code* c = as<vm::Code>(a.v[0]);
  RootedVector items;
  uint32_t n = static_cast<uint32_t>(c->instrs.size());
  uint32_t start = 0;
  for (uint32_t i = 1; i <= n; ++i) {
    if (i < n && c->line_of(i) == c->line_of(start)) continue;
    items.push_back(make_obj(new_tuple({make_int(2 * start), make_int(2 * i), make_int(c->line_of(start))})));
    start = i;
  }
  Rooted list(make_obj(new_list(std::vector<Value>(items.begin(), items.end()))));
  return get_iter(list.get());
}

const MethodDef kCodeMethods[] = {
    {"replace", code_replace},
    {"co_positions", code_positions, ArgSpec::NoArgs},
    {"co_lines", code_lines, ArgSpec::NoArgs},
};

}  // namespace

int64_t cpython_code_flags(const vm::Code* c) {
  int64_t f = 0;
  if (!(c->flags & (vm::CO_MODULE | vm::CO_CLASS_BODY))) f |= kOptimized | kNewLocals;
  if (c->flags & vm::CO_VARARGS) f |= kVarargs;
  if (c->flags & vm::CO_VARKEYWORDS) f |= kVarKeywords;
  if (c->flags & vm::CO_NESTED) f |= kNested;
  if (c->flags & vm::CO_GENERATOR) f |= kGenerator;
  if (c->flags & vm::CO_COROUTINE) f |= kCoroutine;
  if (c->flags & vm::CO_ITERABLE_COROUTINE) f |= kIterableCoroutine;
  if (c->flags & vm::CO_ASYNC_GENERATOR) f |= kAsyncGenerator;
  return f;
}

void init_code_methods() { add_methods(types().code, kCodeMethods); }

}  // namespace coil::rt
