#include "runtime/suggestions.h"

#include <algorithm>
#include <cstdint>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace coil::rt {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t distance(const char* a, size_t na, const char* b, size_t nb, size_t max_cost) {
  while (na && nb && a[0] == b[0]) {
    ++a, ++b;
    --na, --nb;
  }
  while (na && nb && a[na - 1] == b[nb - 1]) --na, --nb;
  if (na == 0 || nb == 0) return (na + nb) * kMoveCost;
  if (na > kMaxStringSize || nb > kMaxStringSize) return max_cost + 1;
  if (nb < na) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if ((nb - na) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  for (size_t i = 0; i < na; ++i) buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < nb; ++bi) {
    char code = b[bi];
    size_t dist = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < na; ++i) {
      size_t substitute = dist + substitution_cost(code, a[i]);
      dist = buffer[i];
      size_t insert_delete = std::min(result, dist) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::vector<std::string> keys_of(Dict* d) {
  std::vector<std::string> out;
  if (!d) return out;
  for (const DictEntry& e : d->entries)
    if (is_str(e.key)) out.push_back(as_str(e.key)->s);
  return out;
}

}  // namespace

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  if (candidates.size() >= kMaxCandidates) return "";
  size_t best = SIZE_MAX;
  std::string suggestion;
  bool found = false;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best != SIZE_MAX) max_distance = std::min(max_distance, best - 1);
    size_t d = distance(name.data(), name.size(), item.data(), item.size(), max_distance);
    if (d > max_distance) continue;
    if (!found || d < best) {
      suggestion = item;
      best = d;
      found = true;
    }
  }
  return suggestion;
}

void raise_name_error(Str* name, Frame* f) {
  Exception* e = new_exception(exc_types().NameError, "name '" + name->s + "' is not defined");
  Value ev = make_obj(e);
  e->dict->set_str(intern("name"), make_obj(name));
  std::vector<std::string> locals;
  if (f->locals_dict) {
    locals = keys_of(f->locals_dict);
  } else if (f->func && !(f->code->flags & vm::CO_MODULE)) {
    Value* s = f->slots();
    for (int i = 0; i < f->code->nlocals(); ++i)
      if (!s[i].is_undef()) locals.push_back(f->code->varnames[i]->s);
  } else {
    locals = keys_of(f->globals);
  }
  std::string hint = closest_name(name->s, locals);
  if (hint.empty()) hint = closest_name(name->s, keys_of(f->globals));
  if (hint.empty()) hint = closest_name(name->s, keys_of(vm().builtins));
  if (!hint.empty()) e->dict->set_str(intern("_suggestion"), str_value(hint));
  raise_value(ev);
}

std::string suggestion_for(Value exc) {
  if (!(exc.is_obj() && exc.o->kind == Kind::Exception)) return "";
  Exception* e = as<Exception>(exc);
  if (e->type == exc_types().NameError) {
    Value s = e->dict->get_str(intern("_suggestion"));
    return is_str(s) ? as_str(s)->s : "";
  }
  if (e->type == exc_types().AttributeError) {
    Value name = e->dict->get_str(intern("name"));
    Value obj = e->dict->get_str(intern("obj"));
    if (!is_str(name) || obj.is_undef()) return "";
    // dir(obj): instance attributes and everything along the class's MRO.
    std::vector<std::string> names;
    if (InstanceAttrs* ia = instance_attrs(obj); ia && ia->dict) names = keys_of(ia->dict);
    TypeObject* t = obj.is_obj() && obj.o->kind == Kind::Type ? as<TypeObject>(obj) : type_of(obj);
    for (TypeObject* c : t->mro)
      for (const std::string& k : keys_of(c->dict)) names.push_back(k);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return closest_name(as_str(name)->s, names);
  }
  return "";
}

}  // namespace coil::rt
