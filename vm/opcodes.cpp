#include "vm/opcodes.h"

namespace coil::vm {

const char* op_name(Op op) {
  static const char* const names[] = {
#define COIL_OP_NAME(name, effect, jeffect, doc) #name,
      COIL_OPCODES(COIL_OP_NAME)
#undef COIL_OP_NAME
  };
  return names[static_cast<int>(op)];
}

const char* op_doc(Op op) {
  static const char* const docs[] = {
#define COIL_OP_DOC(name, effect, jeffect, doc) doc,
      COIL_OPCODES(COIL_OP_DOC)
#undef COIL_OP_DOC
  };
  return docs[static_cast<int>(op)];
}

int stack_effect(Op op, int arg, bool jump) {
  (void)arg;
  switch (op) {
#define COIL_OP_EFFECT(name, effect, jeffect, doc) \
  case Op::name:                                   \
    return jump ? (jeffect) : (effect);
    COIL_OPCODES(COIL_OP_EFFECT)
#undef COIL_OP_EFFECT
    default:
      return 0;
  }
}

bool is_jump(Op op) {
  switch (op) {
    case Op::JUMP:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER:
    case Op::SEND:
      return true;
    default:
      return false;
  }
}

}  // namespace coil::vm
