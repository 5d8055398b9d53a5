#include "vm/code.h"

#include "runtime/str.h"

namespace coil::vm {

void Code::trace(rt::Tracer& t) {
  for (auto& v : consts) t.mark(v);
  for (auto* s : names) t.mark(s);
  for (auto* s : varnames) t.mark(s);
  for (auto* s : cellvars) t.mark(s);
  for (auto* s : freevars) t.mark(s);
  t.mark(name);
  t.mark(qualname);
  t.mark(filename);
  for (auto& c : attr_cache) t.mark(c.method);
}

int Code::line_of(uint32_t instr_index) const {
  int line = firstlineno;
  // Binary search for the last entry whose start is <= instr_index.
  size_t lo = 0, hi = lines.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (lines[mid].first <= instr_index) lo = mid + 1; else hi = mid;
  }
  if (lo > 0) line = lines[lo - 1].second;
  return line;
}

const ExceptionEntry* Code::handler_for(uint32_t instr_index) const {
  // Entries are emitted innermost-first for overlapping ranges, so the first
  // match is the innermost handler.
  for (const auto& e : exceptions)
    if (instr_index >= e.start && instr_index < e.end) return &e;
  return nullptr;
}

}  // namespace coil::vm
