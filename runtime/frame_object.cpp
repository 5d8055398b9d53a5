// Frame objects (runtime/frame_object.h): attached to a running frame, then
// detached with a snapshot when the frame ends.
#include "runtime/frame_object.h"

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

namespace {

// The frame objects attached to frames, by Frame::fobj. Weak: live frames
// mark their objects (trace_frame_object); after marking, entries whose
// object was not marked belong to frames that are gone and are dropped.
std::vector<FrameObject*> g_table;
std::vector<uint32_t> g_free;

uint32_t table_insert(FrameObject* o) {
  if (!g_free.empty()) {
    uint32_t i = g_free.back();
    g_free.pop_back();
    g_table[i] = o;
    return i;
  }
  g_table.push_back(o);
  return static_cast<uint32_t>(g_table.size() - 1);
}

void table_remove(uint32_t i) {
  g_table[i] = nullptr;
  g_free.push_back(i);
}

// Runs after marking, before the sweep: an unmarked attached object is
// garbage together with its frame (a dead generator's), so its entry goes.
void drop_unmarked_entries() {
  for (uint32_t i = 0; i < g_table.size(); ++i)
    if (g_table[i] && !g_table[i]->marked) table_remove(i);
}

int line_of_frame(const Frame* f) {
  // Not started yet (a new generator): CPython reports the def line.
  return f->instr_index() == 0 ? f->code->firstlineno : f->current_line();
}

int lasti_of_frame(const Frame* f) {
  uint32_t idx = f->instr_index();
  return idx ? static_cast<int>(2 * (idx - 1)) : -1;
}

// Brings d up to date with a function frame's fast locals, cells and free
// variables (slots laid out as in the frame), as PyFrame_FastToLocals does.
void fast_to_locals(Dict* d, vm::Code* c, const Value* s) {
  for (int i = 0; i < c->nlocals(); ++i) {
    // A local captured by an inner function lives in its cell instead.
    bool in_cell = false;
    for (int k = 0; k < c->ncells(); ++k)
      if (c->cell2arg[k] == i || c->cellvars[k] == c->varnames[i]) in_cell = true;
    if (in_cell) continue;
    if (s[i].is_undef()) d->remove(make_obj(c->varnames[i]));
    else d->set_str(c->varnames[i], s[i]);
  }
  for (int k = 0; k < c->ncells() + c->nfree(); ++k) {
    Value cell = s[c->nlocals() + k];
    Str* name = k < c->ncells() ? c->cellvars[k] : c->freevars[k - c->ncells()];
    if (cell.is_obj() && cell.o->kind == Kind::Cell && !as<Cell>(cell)->value.is_undef())
      d->set_str(name, as<Cell>(cell)->value);
    else
      d->remove(make_obj(name));
  }
}

bool is_frame_object(Value v) { return v.is_obj() && v.o->kind == Kind::Native && v.o->type == FrameObject::type(); }

FrameObject* self_frame(Args& a) {
  if (a.n < 1 || !is_frame_object(a.v[0])) raise(exc_types().TypeError, "descriptor requires a 'frame' object");
  return static_cast<FrameObject*>(a.v[0].o);
}

std::string frame_repr(Value self) {
  FrameObject* f = static_cast<FrameObject*>(self.o);
  return "<frame at " + address_of(f) + ", file " + repr(make_obj(f->code->filename)) + ", line " +
         std::to_string(f->current_line()) + ", code " + f->code->name->s + ">";
}

// frame.clear(): CPython drops the locals of a finished frame and closes a
// suspended generator's; a running frame cannot be cleared.
Value frame_clear(Args& a) {
  FrameObject* f = self_frame(a);
  if (a.n != 1) raisef(exc_types().TypeError, "frame.clear() takes no arguments (%d given)", a.n - 1);
  if (f->attached()) {
    if (f->gen && f->gen->state == GenState::Suspended) {
      // close() runs the generator's cleanup, which detaches this object.
      call_method(make_obj(f->gen), intern("close"), nullptr, 0);
      return make_none();
    }
    raise(exc_types().RuntimeError, "cannot clear an executing frame");
  }
  f->saved.clear();
  f->locals_cache = nullptr;
  return make_none();
}

}  // namespace

// ------------------------------------------------------------ the object

FrameObject::FrameObject(Frame* f)
    : NativeObject(type()),
      frame(f),
      gen(f ? f->gen : nullptr),
      code(f ? f->code : nullptr),
      globals(f ? f->globals : nullptr),
      locals_dict(f ? f->locals_dict : nullptr),
      builtins(f && f->func ? f->func->builtins : Value()),
      back(make_none()),
      trace_fn(make_none()) {}

TypeObject* FrameObject::type() {
  static TypeObject* t = nullptr;
  if (!t) {
    t = new_builtin_type("frame", types().object, Kind::Native);
    heap().permanent_objects.push_back(reinterpret_cast<Object**>(&t));
    t->slots.repr = frame_repr;
    add_method(t, "clear", frame_clear);
  }
  return t;
}

void FrameObject::trace(Tracer& t) {
  t.mark(gen);
  t.mark(code);
  t.mark(globals);
  t.mark(locals_dict);
  t.mark(builtins);
  t.mark(locals_cache);
  t.mark(back);
  for (const Value& v : saved) t.mark(v);
  t.mark(trace_fn);
}

int FrameObject::current_line() const { return frame ? line_of_frame(frame) : line; }
int FrameObject::current_lasti() const { return frame ? lasti_of_frame(frame) : lasti; }

Value FrameObject::f_back() {
  if (!frame) return back;
  // A suspended generator's frame has no caller (`back` is cleared when it
  // yields); a running frame's caller is live.
  return frame->back ? make_obj(frame_object(frame->back)) : make_none();
}

Dict* FrameObject::f_locals() {
  if (locals_dict) return locals_dict;
  if (code->flags & vm::CO_MODULE) return globals;
  if (!locals_cache) locals_cache = new_dict();
  if (frame) fast_to_locals(locals_cache, code, frame->slots());
  else if (!saved.empty()) fast_to_locals(locals_cache, code, saved.data());
  return locals_cache;
}

Value FrameObject::get_attr(Str* name) {
  const std::string& n = name->s;
  if (n.size() < 3 || n[0] != 'f' || n[1] != '_') return Value();
  if (n == "f_back") return f_back();
  if (n == "f_code") return make_obj(code);
  if (n == "f_globals") return make_obj(globals);
  if (n == "f_locals") return script_locals(f_locals());
  if (n == "f_lineno") return make_int(current_line());
  if (n == "f_lasti") return make_int(current_lasti());
  if (n == "f_builtins") return builtins.is_undef() ? make_obj(vm().builtins) : builtins;
  if (n == "f_trace") return trace_fn;
  if (n == "f_trace_lines") return make_bool(trace_lines);
  if (n == "f_trace_opcodes") return make_bool(trace_opcodes);
  return Value();
}

bool FrameObject::set_attr(Str* name, Value v) {
  const std::string& n = name->s;
  // coil runs no trace functions: f_trace and its switches are only kept.
  if (n == "f_trace") {
    trace_fn = v.is_undef() ? make_none() : v;
    return true;
  }
  if (n == "f_trace_lines" || n == "f_trace_opcodes") {
    if (v.is_undef()) raise(exc_types().AttributeError, "can't delete " + n);
    if (!v.is_bool()) raise(exc_types().TypeError, "attribute value type must be bool");
    (n == "f_trace_lines" ? trace_lines : trace_opcodes) = v.b;
    return true;
  }
  if (n == "f_lineno") raise(exc_types().ValueError, "f_lineno can only be set by a trace function");
  if (n == "f_back" || n == "f_code" || n == "f_globals" || n == "f_locals" || n == "f_lasti" || n == "f_builtins")
    raise(exc_types().AttributeError, "attribute '" + n + "' of 'frame' objects is not writable");
  return false;
}

// ------------------------------------------------------ attach / detach

FrameObject* frame_object(Frame* f) {
  if (f->flags & FRAME_HAS_OBJECT) return g_table[f->fobj];
  FrameObject* o = heap().make<FrameObject>(f);
  // Registered only after the allocation succeeded; from here the frame
  // keeps the object alive (trace_frame_object).
  f->fobj = table_insert(o);
  f->flags |= FRAME_HAS_OBJECT;
  return o;
}

void detach_frame_object(Frame* f) noexcept {
  FrameObject* o = g_table[f->fobj];
  table_remove(f->fobj);
  f->flags &= ~FRAME_HAS_OBJECT;
  o->line = line_of_frame(f);
  o->lasti = lasti_of_frame(f);
  bool generator = o->gen != nullptr;
  o->frame = nullptr;
  o->gen = nullptr;
  try {
    // CPython links the caller's frame object when a plain frame with a
    // frame object ends, so f_back still leads to it (it is live at this
    // point); a finished generator's frame has no caller.
    if (f->back && !generator) o->back = make_obj(frame_object(f->back));
    if (!o->locals_dict && !(o->code->flags & vm::CO_MODULE)) {
      int n = o->code->nlocals() + o->code->ncells() + o->code->nfree();
      o->saved.assign(f->slots(), f->slots() + n);
    }
  } catch (...) {
    // Out of memory: the object keeps what it has (f_back None, or no locals).
  }
}

void trace_frame_object(const Frame* f, Tracer& t) {
  if (f->flags & FRAME_HAS_OBJECT) t.mark(g_table[f->fobj]);
}

Dict* frame_locals(Frame* f) {
  if (f->locals_dict) return f->locals_dict;
  if (f->code->flags & vm::CO_MODULE) return f->globals;
  return frame_object(f)->f_locals();
}

void init_frame_objects() { heap().after_mark_hook = drop_unmarked_entries; }

}  // namespace coil::rt
