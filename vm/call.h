// Frame creation and argument binding for calls to script functions.
#pragma once
#include "runtime/frame.h"
#include "runtime/function.h"

namespace coil::rt {

// Allocates a frame for fn on the frame stack and binds the arguments.
// Throws TypeError for bad arguments and RecursionError past the limit; on
// a throw nothing stays allocated.
Frame* push_frame(Function* fn, Value* args, int nargs, Tuple* kwnames);
// Releases the topmost plain frame, which has ended (its frame object, if
// any, detaches first).
void pop_frame(Frame* f);
// Creates the generator / coroutine / async generator object for a call to
// a function whose code has CO_GENERATOR, CO_COROUTINE or CO_ASYNC_GENERATOR.
Generator* make_generator(Function* fn, Value* args, int nargs, Tuple* kwnames);
// Binds arguments into f's slots, initialises cells and free variables.
void bind_arguments(Function* fn, Frame* f, Value* args, int nargs, Tuple* kwnames);
// Throws RecursionError if one more frame would pass the limit.
void check_recursion();

}  // namespace coil::rt
