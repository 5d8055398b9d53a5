#include "vm/disasm.h"

#include <cstdio>

#include "runtime/ops.h"
#include "runtime/str.h"

namespace coil::vm {

std::string disassemble(const Code* code, bool recursive) {
  std::string out = "Disassembly of <code object " + code->name->s + ", line " + std::to_string(code->firstlineno) +
                    ">:\n";
  int last_line = -1;
  for (size_t i = 0; i < code->instrs.size(); ++i) {
    Op op = instr_op(code->instrs[i]);
    uint32_t arg = instr_arg(code->instrs[i]);
    int line = code->line_of(static_cast<uint32_t>(i));
    char buf[96];
    std::snprintf(buf, sizeof buf, "%4s %5zu %-22s %u", line != last_line ? std::to_string(line).c_str() : "", i,
                  op_name(op), arg);
    last_line = line;
    out += buf;
    std::string note;
    switch (op) {
      case Op::LOAD_CONST:
      case Op::KW_NAMES: note = rt::repr(code->consts[arg]); break;
      case Op::LOAD_FAST:
      case Op::STORE_FAST:
      case Op::DELETE_FAST: note = code->varnames[arg]->s; break;
      case Op::LOAD_GLOBAL:
      case Op::STORE_GLOBAL:
      case Op::LOAD_NAME:
      case Op::STORE_NAME:
      case Op::LOAD_ATTR:
      case Op::STORE_ATTR:
      case Op::LOAD_METHOD:
      case Op::IMPORT_NAME:
      case Op::IMPORT_FROM: note = code->names[arg]->s; break;
      default:
        if (is_jump(op)) note = "to " + std::to_string(arg);
        break;
    }
    if (!note.empty()) out += " (" + note + ")";
    out += "\n";
  }
  if (!code->exceptions.empty()) {
    out += "ExceptionTable:\n";
    for (auto& e : code->exceptions)
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " + std::to_string(e.target) +
             " [" + std::to_string(e.depth) + "]\n";
  }
  if (recursive) {
    for (const auto& c : code->consts) {
      if (c.is_obj() && c.o->kind == rt::Kind::Code) out += "\n" + disassemble(static_cast<const Code*>(c.o), true);
    }
  }
  return out;
}

}  // namespace coil::vm
