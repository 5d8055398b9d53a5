// The one opcode table. Everything else (the Op enum, names for the
// disassembler, stack effects for the compiler's depth computation, the
// dispatch table) is generated from it.
//
// X(name, effect, jump_effect, meaning)
//   effect:      stack depth change when execution falls through (may use `arg`)
//   jump_effect: stack depth change when the instruction jumps (jumps only)
// Stack notation: TOS is the top, TOS1 the one below it.
#pragma once
#include <cstdint>

#define COIL_OPCODES(X)                                                                     \
  X(NOP, 0, 0, "do nothing")                                                                \
  X(POP_TOP, -1, 0, "discard TOS")                                                          \
  X(COPY, 1, 0, "push a copy of the arg-th item (1 = TOS)")                                 \
  X(SWAP, 0, 0, "swap TOS with the arg-th item (2 = TOS1)")                                 \
  X(PUSH_NULL, 1, 0, "push the empty slot that marks a call without self")                  \
  X(LOAD_CONST, 1, 0, "push consts[arg]")                                                   \
  X(LOAD_FAST, 1, 0, "push local arg; UnboundLocalError if unbound")                        \
  X(STORE_FAST, -1, 0, "pop into local arg")                                                \
  X(DELETE_FAST, 0, 0, "unbind local arg")                                                  \
  X(LOAD_DEREF, 1, 0, "push the contents of the cell in slot arg")                          \
  X(STORE_DEREF, -1, 0, "pop into the cell in slot arg")                                    \
  X(DELETE_DEREF, 0, 0, "empty the cell in slot arg")                                       \
  X(LOAD_CLOSURE, 1, 0, "push the cell object in slot arg (to build a closure)")            \
  X(LOAD_GLOBAL, 1, 0, "push global names[arg], else the builtin; NameError")               \
  X(STORE_GLOBAL, -1, 0, "pop into global names[arg]")                                      \
  X(DELETE_GLOBAL, 0, 0, "delete global names[arg]")                                        \
  X(LOAD_NAME, 1, 0, "push names[arg] from the class namespace, globals or builtins")       \
  X(STORE_NAME, -1, 0, "pop into names[arg] of the class namespace")                        \
  X(DELETE_NAME, 0, 0, "delete names[arg] from the class namespace")                        \
  X(LOAD_ATTR, 0, 0, "TOS = getattr(TOS, names[arg])")                                      \
  X(STORE_ATTR, -2, 0, "setattr(TOS, names[arg], TOS1); pop both")                          \
  X(DELETE_ATTR, -1, 0, "delattr(TOS, names[arg])")                                         \
  X(LOAD_METHOD, 1, 0, "replace TOS with (method, TOS) or (empty, getattr(TOS, name))")     \
  X(KW_NAMES, 0, 0, "the next CALL's last len(consts[arg]) arguments are keywords")         \
  X(CALL, -arg - 1, 0, "call: [f|empty, self|f, arg x arg] -> result")                      \
  X(CALL_EX, -2 - (arg & 1), 0, "call: [empty, f, args tuple, kwargs dict if arg&1]")       \
  X(BINARY_OP, -1, 0, "TOS = TOS1 op TOS; arg is ast::BinOpKind, +16 for in-place")         \
  X(COMPARE_OP, -1, 0, "TOS = TOS1 cmp TOS; arg is ast::CmpOpKind (Eq..GtE)")               \
  X(IS_OP, -1, 0, "TOS = TOS1 is TOS (arg 1: is not)")                                      \
  X(CONTAINS_OP, -1, 0, "TOS = TOS1 in TOS (arg 1: not in)")                                \
  X(UNARY_NEGATIVE, 0, 0, "TOS = -TOS")                                                     \
  X(UNARY_POSITIVE, 0, 0, "TOS = +TOS")                                                     \
  X(UNARY_NOT, 0, 0, "TOS = not TOS")                                                       \
  X(UNARY_INVERT, 0, 0, "TOS = ~TOS")                                                       \
  X(BINARY_SUBSCR, -1, 0, "TOS = TOS1[TOS]")                                                \
  X(STORE_SUBSCR, -3, 0, "TOS1[TOS] = TOS2")                                                \
  X(DELETE_SUBSCR, -2, 0, "del TOS1[TOS]")                                                  \
  X(BUILD_SLICE, 1 - arg, 0, "push slice(TOS2, TOS1[, TOS]) from arg (2 or 3) items")       \
  X(BUILD_TUPLE, 1 - arg, 0, "push a tuple of the top arg items")                           \
  X(BUILD_LIST, 1 - arg, 0, "push a list of the top arg items")                             \
  X(BUILD_SET, 1 - arg, 0, "push a set of the top arg items")                               \
  X(BUILD_MAP, 1 - 2 * arg, 0, "push a dict of the top arg key/value pairs")                \
  X(BUILD_STRING, 1 - arg, 0, "concatenate the top arg strings")                            \
  X(LIST_APPEND, -1, 0, "append TOS to the list arg items down (comprehensions)")          \
  X(SET_ADD, -1, 0, "add TOS to the set arg items down")                                    \
  X(MAP_ADD, -2, 0, "dict arg items down [TOS1] = TOS")                                     \
  X(LIST_EXTEND, -1, 0, "extend the list arg items down with iterable TOS")                 \
  X(SET_UPDATE, -1, 0, "update the set arg items down with iterable TOS")                   \
  X(DICT_UPDATE, -1, 0, "update the dict arg items down with mapping TOS")                  \
  X(DICT_MERGE, -1, 0, "like DICT_UPDATE but duplicate keys are a TypeError (f(**a))")      \
  X(LIST_TO_TUPLE, 0, 0, "TOS = tuple(TOS)")                                                \
  X(FORMAT_VALUE, -((arg & 4) >> 2), 0,                                                     \
    "format TOS1 with spec TOS if arg&4; conversion arg&3: 1 str, 2 repr, 3 ascii")         \
  X(JUMP, 0, 0, "jump to arg")                                                              \
  X(POP_JUMP_IF_FALSE, -1, -1, "pop; jump to arg if falsy")                                 \
  X(POP_JUMP_IF_TRUE, -1, -1, "pop; jump to arg if truthy")                                 \
  X(POP_JUMP_IF_NONE, -1, -1, "pop; jump to arg if None")                                   \
  X(POP_JUMP_IF_NOT_NONE, -1, -1, "pop; jump to arg if not None")                           \
  X(JUMP_IF_FALSE_OR_POP, -1, 0, "jump to arg keeping TOS if falsy, else pop")              \
  X(JUMP_IF_TRUE_OR_POP, -1, 0, "jump to arg keeping TOS if truthy, else pop")              \
  X(GET_ITER, 0, 0, "TOS = iter(TOS)")                                                      \
  X(FOR_ITER, 1, -1, "push next(TOS); when exhausted pop TOS and jump to arg")              \
  X(UNPACK_SEQUENCE, arg - 1, 0, "replace TOS with its arg items, first on top")            \
  X(UNPACK_EX, (arg & 0xFF) + (arg >> 8), 0, "a, *b, c = TOS: arg = before | after << 8")   \
  X(RETURN_VALUE, -1, 0, "return TOS to the caller")                                        \
  X(MAKE_FUNCTION, -__builtin_popcount(arg & 15), 0,                                        \
    "TOS code -> function; below: closure (8), annotations (4), kwdefaults (2), defaults (1)") \
  X(LOAD_BUILD_CLASS, 1, 0, "push the builtin that runs a class body")                      \
  X(RAISE_VARARGS, -arg, 0, "raise: 0 re-raise, 1 raise TOS, 2 raise TOS1 from TOS")        \
  X(PUSH_EXC_INFO, 1, 0, "TOS exc -> [previous exception, exc]; exc becomes current")       \
  X(POP_EXCEPT, -1, 0, "restore the current exception from TOS")                            \
  X(RERAISE, -1, 0, "raise TOS again, keeping its traceback")                               \
  X(CHECK_EXC_MATCH, 0, 0, "TOS = isinstance(TOS1, TOS) for except clauses")                \
  X(CHECK_EG_MATCH, 0, 0, "except*: split group TOS1 by TOS -> [rest, match or None]")      \
  X(PREP_RERAISE_STAR, -1, 0, "except*: combine raised and unhandled into one group")       \
  X(LOAD_ASSERTION_ERROR, 1, 0, "push AssertionError")                                      \
  X(BEFORE_WITH, 1, 0, "TOS mgr -> [bound __exit__, mgr.__enter__()]")                      \
  X(WITH_EXCEPT_START, 1, 0, "[exit, ..., exc] -> push exit(type, exc, tb)")                \
  X(IMPORT_NAME, 0, 0, "TOS fromlist -> module names[arg]")                                 \
  X(IMPORT_FROM, 1, 0, "push TOS.names[arg] (ImportError if missing)")                      \
  X(IMPORT_STAR, -1, 0, "copy public names of module TOS into the namespace")               \
  X(YIELD_VALUE, 0, 0, "yield TOS; on resume TOS is the sent value")                        \
  X(GET_AWAITABLE, 0, 0, "TOS = the iterator to delegate to for `await TOS`")               \
  X(GET_YIELD_FROM_ITER, 0, 0, "TOS = iter(TOS) unless it is a generator/coroutine")        \
  X(SEND, 0, -1,                                                                            \
    "[recv, v]: send v into recv; yields fall through to YIELD_VALUE, return -> [result] " \
    "and jump to arg")                                                                      \
  X(GET_AITER, 0, 0, "TOS = TOS.__aiter__()")                                               \
  X(GET_ANEXT, 1, 0, "push the awaitable of TOS.__anext__()")                               \
  X(END_ASYNC_FOR, -2, 0, "[aiter, exc]: StopAsyncIteration ends the loop, else re-raise") \
  X(BEFORE_ASYNC_WITH, 1, 0, "TOS mgr -> [bound __aexit__, mgr.__aenter__()]")              \
  X(PRINT_EXPR, -1, 0, "REPL: print repr(TOS) unless None and bind it to _")                \
  X(SETUP_ANNOTATIONS, 0, 0, "ensure __annotations__ exists in the namespace")               \
  /* Pattern matching (the match statement): checks leave the subject on  \
     the stack for the patterns that follow. */                             \
  X(GET_LEN, 1, 0, "push len(TOS)")                                                          \
  X(MATCH_MAPPING, 1, 0, "push whether TOS is a mapping to mapping patterns")               \
  X(MATCH_SEQUENCE, 1, 0, "push whether TOS is a sequence to sequence patterns")            \
  X(MATCH_KEYS, 1, 0, "[subject, keys tuple]: push the tuple of subject's values, or None")  \
  X(MATCH_CLASS, -2, 0,                                                                      \
    "[subject, cls, names] -> tuple of arg positional and the named attributes, or None")   \
  /* Superinstructions: the peephole pass fuses a pair in place. The first  \
     word does both halves and skips the second, which stays a valid        \
     instruction (it may be a jump target). Effects cover both halves. */   \
  X(LOAD_GLOBAL_CALLABLE, 2, 0, "PUSH_NULL then LOAD_GLOBAL names[arg]")                      \
  X(LOAD_FAST_LOAD_FAST, 2, 0, "push locals arg&0xFFF and arg>>12; skip the next word")       \
  X(LOAD_FAST_LOAD_CONST, 2, 0, "push local arg&0xFFF, consts[arg>>12]; skip the next word")  \
  X(STORE_FAST_LOAD_FAST, 0, 0, "pop into local arg&0xFFF, push local arg>>12; skip next")

namespace coil::vm {

enum class Op : uint8_t {
#define COIL_OP_ENUM(name, effect, jeffect, doc) name,
  COIL_OPCODES(COIL_OP_ENUM)
#undef COIL_OP_ENUM
      COUNT_
};

constexpr int kNumOps = static_cast<int>(Op::COUNT_);

// An instruction is one 32-bit word: opcode in the low 8 bits, argument in
// the high 24 bits (so at most 16M constants, names or jump targets).
using Instr = uint32_t;
constexpr Instr make_instr(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
constexpr Op instr_op(Instr i) { return static_cast<Op>(i & 0xFF); }
constexpr uint32_t instr_arg(Instr i) { return i >> 8; }
constexpr uint32_t kMaxArg = (1u << 24) - 1;

// How many words an instruction executes: 2 for the fused pairs (they skip
// the word after them), 1 otherwise.
constexpr int instr_width(Op op) {
  return op == Op::LOAD_FAST_LOAD_FAST || op == Op::LOAD_FAST_LOAD_CONST || op == Op::STORE_FAST_LOAD_FAST ? 2 : 1;
}

const char* op_name(Op op);
const char* op_doc(Op op);
int stack_effect(Op op, int arg, bool jump);
bool is_jump(Op op);

}  // namespace coil::vm
