// The _sre module: its constants, the case helpers re._compiler calls while
// compiling, and compile (stdlib/sre_pattern.cpp).
#include "runtime/checked.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/native.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"
#include "stdlib/sre.h"
#include "runtime/vm.h"
#include "vm/interp_support.h"

namespace coil::rt {

namespace sre {

Value re_module_attr(const char* name) {
  Value re = import_name(COIL_NAME("re"), make_none(), vm().builtins);
  Rooted keep(re);
  return getattr(re, intern(name));
}

namespace {

// The one int argument of the case helpers, as a C int: CPython's
// Argument Clinic `character: int` (then read as unsigned).
uint32_t character_arg(Args& a, const char* qualname) {
  check_no_keywords(a, qualname);
  if (a.n != 1) raisef(exc_types().TypeError, "%s() takes exactly one argument (%d given)", qualname, a.n);
  return static_cast<uint32_t>(as_c_int(a.v[0]));
}

// Characters past Unicode have no case: CPython's tables give them none.
uint32_t unicode_lower(uint32_t c) { return c < 0x110000 ? lower_unicode(c) : c; }
uint32_t unicode_upper(uint32_t c) { return c < 0x110000 ? upper_unicode(c) : c; }

Value m_getcodesize(Args& a) {
  check_no_keywords(a, "_sre.getcodesize");
  if (a.n != 0) raisef(exc_types().TypeError, "_sre.getcodesize() takes no arguments (%d given)", a.n);
  return make_int(sizeof(Code));
}

Value m_ascii_iscased(Args& a) {
  uint32_t c = character_arg(a, "_sre.ascii_iscased");
  return make_bool(c < 128 && (c | 32) - 'a' < 26);
}

Value m_unicode_iscased(Args& a) {
  uint32_t c = character_arg(a, "_sre.unicode_iscased");
  return make_bool(c != unicode_lower(c) || c != unicode_upper(c));
}

Value m_ascii_tolower(Args& a) {
  uint32_t c = character_arg(a, "_sre.ascii_tolower");
  return make_int(static_cast<int32_t>(c < 128 ? lower_ascii(c) : c));
}

Value m_unicode_tolower(Args& a) {
  uint32_t c = character_arg(a, "_sre.unicode_tolower");
  return make_int(static_cast<int32_t>(unicode_lower(c)));
}

struct Function {
  const char* name;
  NativeFn fn;
};
const Function kFunctions[] = {
    {"compile", sre_compile},
    {"getcodesize", m_getcodesize},
    {"ascii_iscased", m_ascii_iscased},
    {"unicode_iscased", m_unicode_iscased},
    {"ascii_tolower", m_ascii_tolower},
    {"unicode_tolower", m_unicode_tolower},
};

}  // namespace

}  // namespace sre

Module* init_sre_module() {
  sre::init_pattern_type();
  sre::init_match_types();
  Module* mod = new_module("_sre");
  Rooted keep(make_obj(mod));
  for (const sre::Function& f : sre::kFunctions) {
    NativeFunction* fn = new_native(f.name, f.fn);
    fn->qualname = intern(f.name);
    mod->dict->set_str(intern(f.name), make_obj(fn));
  }
  mod->dict->set_str(intern("MAGIC"), make_int(sre::kMagic));
  mod->dict->set_str(intern("CODESIZE"), make_int(sizeof(sre::Code)));
  mod->dict->set_str(intern("MAXREPEAT"), make_int(sre::kMaxRepeat));
  mod->dict->set_str(intern("MAXGROUPS"), make_int(sre::kMaxGroups));
  mod->dict->set_str(intern("copyright"), str_value(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
  return mod;
}

}  // namespace coil::rt
