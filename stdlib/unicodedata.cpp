// The unicodedata module, as far as the name table reaches: lookup() and
// name() (parser/unicode_names.h, the table "\N{...}" escapes use), and
// unidata_version. CPython's messages, including its mixed naming of the
// functions in them (METH_O "unicodedata.lookup()", clinic "name").
#include "parser/unicode_names.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/heap.h"
#include "runtime/misc.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace coil::rt {

namespace {

constexpr size_t kNameMaxLen = 256;  // CPython's NAME_MAXLEN

// lookup(name): a str or bytes; KeyError for an unknown name. Named
// sequences are found too, as strings of several characters.
Value ud_lookup(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "unicodedata.lookup() takes no keyword arguments");
  if (a.n != 1) raisef(exc_types().TypeError, "unicodedata.lookup() takes exactly one argument (%d given)", a.n);
  Value v = a.v[0];
  std::string name;
  std::string scratch;
  if (is_str(v)) name = as_str(v)->s;
  else name = need_buffer(v, &scratch);
  if (name.size() > kNameMaxLen)
    raise_value(make_obj(new_exception_args(exc_types().KeyError, {str_value("name too long")})));
  std::vector<uint32_t> cps;
  if (!unicode_names::lookup(name, true, &cps))
    raise_value(make_obj(new_exception_args(exc_types().KeyError, {str_value("undefined character name '" + name + "'")})));
  std::string out;
  for (uint32_t c : cps) utf8_append(out, c);
  return str_value(out);
}

// name(chr[, default]): ValueError("no such name") without a default.
Value ud_name(Args& a) {
  if (a.nkw()) raise(exc_types().TypeError, "unicodedata.name() takes no keyword arguments");
  if (a.n < 1) raisef(exc_types().TypeError, "name expected at least 1 argument, got %d", a.n);
  if (a.n > 2) raisef(exc_types().TypeError, "name expected at most 2 arguments, got %d", a.n);
  Value ch = a.v[0];
  if (!is_str(ch) || as_str(ch)->length != 1)
    raisef(exc_types().TypeError, "name() argument 1 must be a unicode character, not %s", type_name(ch).c_str());
  size_t pos = 0;
  std::string name = unicode_names::name_of(utf8_decode(as_str(ch)->s, pos));
  if (!name.empty()) return str_value(name);
  if (a.n == 2) return a.v[1];
  raise(exc_types().ValueError, "no such name");
}

}  // namespace

Module* init_unicodedata_module() {
  Module* mod = new_module("unicodedata");
  auto def = [&](const char* name, NativeFn fn) {
    NativeFunction* f = new_native(name, fn);
    f->qualname = intern(std::string("unicodedata.") + name);
    mod->dict->set_str(intern(name), make_obj(f));
  };
  def("lookup", ud_lookup);
  def("name", ud_name);
  mod->dict->set_str(intern("unidata_version"), str_value("14.0.0"));
  return mod;
}

}  // namespace coil::rt
