// Unit tests for the built-in containers: set order (must match CPython's
// iteration order for ints), str methods, list sort stability, dict ops.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/dict_ops.h"
#include "runtime/exception.h"
#include "runtime/heap.h"
#include "runtime/init.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/seq_ops.h"
#include "runtime/set.h"
#include "runtime/set_ops.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/types.h"

using namespace coil::rt;

namespace {

// init_runtime() runs once for the whole binary (test_rt_env.cpp).
class Containers : public ::testing::Test {};

std::vector<int64_t> set_order(Set* s) {
  std::vector<int64_t> out;
  for (const SetEntry& e : s->table)
    if (!e.key.is_undef()) out.push_back(e.key.as_int());
  return out;
}

Set* int_set(std::initializer_list<int64_t> xs) {
  Set* s = new_set();
  for (int64_t x : xs) s->add(make_int(x));
  return s;
}

// Calls a method of a built-in type by name with the receiver first.
Value call_m(Value self, const char* name, std::vector<Value> args = {}) {
  Value f = type_of(self)->lookup(intern(name));
  std::vector<Value> all{self};
  all.insert(all.end(), args.begin(), args.end());
  return call(f, all.data(), static_cast<int>(all.size()));
}

Value s(const char* text) { return make_obj(new_str(text)); }
std::string text(Value v) { return as_str(v)->s; }

}  // namespace

// Expected orders come from CPython 3.11: print(list({5, 1, 9, 33})) etc.
TEST_F(Containers, SetOrderMatchesCPython) {
  EXPECT_EQ(set_order(int_set({5, 1, 9, 33})), (std::vector<int64_t>{1, 5, 9, 33}));
  EXPECT_EQ(set_order(int_set({100, 3, 17, 8, 64, 1000, -1, int64_t{1} << 40})),
            (std::vector<int64_t>{64, int64_t{1} << 40, 3, 100, 8, 1000, 17, -1}));
  Set* r = new_set();
  for (int i = 0; i < 20; ++i) r->add(make_int(i));
  r->discard(make_int(3));
  r->add(make_int(77));
  std::vector<int64_t> want;
  for (int i = 0; i < 20; ++i)
    if (i != 3) want.push_back(i);
  want.push_back(77);
  EXPECT_EQ(set_order(r), want);
}

TEST_F(Containers, SetOperatorsOrder) {
  constexpr int BitOr = 9, BitXor = 10, BitAnd = 11, Sub = 1;
  Value a = make_obj(int_set({1, 2, 3})), b = make_obj(int_set({3, 40, 9}));
  EXPECT_EQ(set_order(as<Set>(set_binary(BitXor, a, b))), (std::vector<int64_t>{1, 2, 40, 9}));
  EXPECT_EQ(set_order(as<Set>(set_binary(BitOr, make_obj(int_set({8, 16, 24})), make_obj(int_set({1, 2}))))),
            (std::vector<int64_t>{16, 1, 2, 8, 24}));
  EXPECT_EQ(set_order(as<Set>(set_binary(Sub, make_obj(int_set({32, 64, 1, 2})), make_obj(int_set({2}))))),
            (std::vector<int64_t>{32, 1, 64}));
  EXPECT_EQ(set_order(as<Set>(set_binary(BitAnd, make_obj(int_set({1, 2, 3, 40, 50})),
                                         make_obj(int_set({40, 50, 3, 99}))))),
            (std::vector<int64_t>{40, 50, 3}));
  EXPECT_TRUE(set_binary(BitOr, a, make_int(1)).is_undef());
}

TEST_F(Containers, SetCompareAndRepr) {
  constexpr int Eq = 0, Lt = 2, LtE = 3;
  Set* a = int_set({1, 2});
  Set* b = int_set({2, 1, 3});
  EXPECT_TRUE(set_compare(Lt, a, b));
  EXPECT_TRUE(set_compare(LtE, a, a));
  EXPECT_FALSE(set_compare(Lt, a, a));
  EXPECT_FALSE(set_compare(Eq, a, b));
  EXPECT_TRUE(set_equal(int_set({1, 2}), int_set({2, 1})));
  EXPECT_EQ(set_repr(a), "{1, 2}");
  EXPECT_EQ(set_repr(new_set()), "set()");
  Set* f = new_frozenset();
  f->add(make_int(1));
  EXPECT_EQ(set_repr(f), "frozenset({1})");
  EXPECT_EQ(set_repr(new_frozenset()), "frozenset()");
}

TEST_F(Containers, FrozensetHashMatchesCPython) {
  Set* f = new_frozenset();
  for (int i = 1; i <= 3; ++i) f->add(make_int(i));
  EXPECT_EQ(frozenset_hash(f), -272375401224217160LL);
  EXPECT_EQ(frozenset_hash(new_frozenset()), 133146708735736LL);
}

TEST_F(Containers, SetPopEmptyRaisesKeyError) {
  Value s0 = make_obj(new_set());
  try {
    call_m(s0, "pop");
    FAIL() << "no exception";
  } catch (PyError& e) {
    EXPECT_TRUE(isinstance(e.exc, exc_types().KeyError));
    EXPECT_EQ(exception_message(e.exc), "'pop from an empty set'");
  }
}

TEST_F(Containers, StrMethods) {
  EXPECT_EQ(text(call_m(s("  hi  "), "strip")), "hi");
  EXPECT_EQ(text(call_m(s("xxhixx"), "strip", {s("x")})), "hi");
  EXPECT_EQ(text(call_m(s("héllo"), "upper")), "HÉLLO");
  EXPECT_EQ(text(call_m(s("they're here"), "title")), "They'Re Here");
  EXPECT_EQ(text(call_m(s("hi"), "center", {make_int(7), s("*")})), "***hi**");
  EXPECT_EQ(text(call_m(s("-42"), "zfill", {make_int(6)})), "-00042");
  EXPECT_EQ(as<List>(call_m(s("a b  c"), "split"))->size(), 3u);
  EXPECT_EQ(as<List>(call_m(s("a,b,,c"), "split", {s(",")}))->size(), 4u);
  EXPECT_EQ(call_m(s("banana"), "find", {s("an"), make_int(2)}).as_int(), 3);
  EXPECT_EQ(call_m(s("banana"), "count", {s("a")}).as_int(), 3);
  EXPECT_EQ(call_m(s("abc"), "count", {s("")}).as_int(), 4);
  EXPECT_EQ(text(call_m(s("banana"), "replace", {s("a"), s("o"), make_int(2)})), "bonona");
}

TEST_F(Containers, StrFormatAndMod) {
  Value args[] = {make_int(1), s("a")};
  Value f = type_of(s(""))->lookup(intern("format"));
  Value all[] = {s("{0}-{1!r}-{}"), args[0], args[1]};
  EXPECT_THROW(call(f, all, 3), PyError);  // manual then automatic numbering
  Value all2[] = {s("{}-{!r}-{:>3}"), make_int(1), s("a"), make_int(7)};
  EXPECT_EQ(text(call(f, all2, 4)), "1-'a'-  7");
  Value t = make_obj(new_tuple({make_int(5), s("x"), make_float(3.14159)}));
  EXPECT_EQ(text(str_mod(as_str(s("%3d|%-3s|%.2f|%%")), t)), "  5|x  |3.14|%");
  EXPECT_EQ(text(str_mod(as_str(s("%x %X %#o")), make_obj(new_tuple({make_int(255), make_int(255), make_int(8)})))),
            "ff FF 0o10");
  EXPECT_THROW(str_mod(as_str(s("%s %s")), make_obj(new_tuple({make_int(1)}))), PyError);
  EXPECT_THROW(str_mod(as_str(s("%s")), make_obj(new_tuple({make_int(1), make_int(2)}))), PyError);
}

TEST_F(Containers, StrReprAndIndex) {
  EXPECT_EQ(str_repr("it's"), "\"it's\"");
  EXPECT_EQ(str_repr("a\nb\t\\"), "'a\\nb\\t\\\\'");
  EXPECT_EQ(str_repr("\x01"), "'\\x01'");
  EXPECT_EQ(str_repr("é"), "'é'");
  EXPECT_EQ(str_repr("'\""), "'\\'\"'");
  Str* u = new_str("héllo");
  EXPECT_EQ(text(str_getitem(u, make_int(1))), "é");
  EXPECT_EQ(text(str_getitem(u, make_int(-1))), "o");
  EXPECT_EQ(text(str_getitem(u, make_obj(heap().make<Slice>(none(), none(), make_int(-1))))), "olléh");
  EXPECT_THROW(str_getitem(u, make_int(5)), PyError);
  EXPECT_LT(str_compare(new_str("abc"), new_str("abd")), 0);
  EXPECT_TRUE(str_contains(u, new_str("ll")));
}

TEST_F(Containers, ListSortIsStable) {
  // Sort pairs by first element only; second elements keep input order.
  std::vector<Value> items;
  int data[][2] = {{2, 0}, {1, 1}, {2, 2}, {1, 3}, {0, 4}, {2, 5}};
  for (auto& d : data) items.push_back(make_obj(new_tuple({make_int(d[0]), make_int(d[1])})));
  List* l = new_list(items);
  RootedVector v;
  v.assign(l->items.begin(), l->items.end());
  sort_values(v, Value(), false);
  std::vector<int64_t> order;
  for (Value x : v) order.push_back(as<Tuple>(x)->items[1].as_int());
  EXPECT_EQ(order, (std::vector<int64_t>{4, 1, 3, 0, 2, 5}));

  RootedVector w;
  for (int x : {3, 1, 2, 1}) w.push_back(make_int(x));
  sort_values(w, Value(), true);
  std::vector<int64_t> got;
  for (Value x : w) got.push_back(x.as_int());
  EXPECT_EQ(got, (std::vector<int64_t>{3, 2, 1, 1}));
}

TEST_F(Containers, ListSlicesAndRepr) {
  List* l = new_list({make_int(1), make_int(2), make_int(3), make_int(4)});
  Value ext = make_obj(heap().make<Slice>(none(), none(), make_int(2)));
  EXPECT_THROW(list_setitem(l, ext, make_obj(new_list({make_int(9)}))), PyError);
  list_setitem(l, ext, make_obj(new_list({make_int(7), make_int(8)})));
  EXPECT_EQ(list_repr(l), "[7, 2, 8, 4]");
  list_delitem(l, ext);
  EXPECT_EQ(list_repr(l), "[2, 4]");
  l->items.push_back(make_obj(l));
  EXPECT_EQ(list_repr(l), "[2, 4, [...]]");
  EXPECT_EQ(tuple_repr(new_tuple({make_int(1)})), "(1,)");
  EXPECT_EQ(tuple_repr(new_tuple()), "()");
  EXPECT_TRUE(seq_equal(make_obj(new_list({make_int(1)})), make_obj(new_list({make_int(1)}))));
  EXPECT_TRUE(seq_compare(make_obj(new_tuple({make_int(1), make_int(2)})),
                          make_obj(new_tuple({make_int(1), make_int(3)})), 2));
}

TEST_F(Containers, DictOps) {
  Dict* d = new_dict();
  d->set(s("a"), make_int(1));
  d->set(s("b"), make_int(2));
  EXPECT_EQ(dict_repr(d), "{'a': 1, 'b': 2}");
  Value keys = call_m(make_obj(d), "keys");
  EXPECT_EQ(dict_view_repr(keys), "dict_keys(['a', 'b'])");
  EXPECT_EQ(dict_view_len(keys), 2);
  Value it = dict_view_iter(keys);
  EXPECT_EQ(text(dict_iter_next(as<Iterator>(it))), "a");
  EXPECT_EQ(text(dict_iter_next(as<Iterator>(it))), "b");
  EXPECT_TRUE(dict_iter_next(as<Iterator>(it)).is_undef());
  EXPECT_EQ(call_m(make_obj(d), "pop", {s("a")}).as_int(), 1);
  EXPECT_THROW(dict_getitem(d, s("zz")), PyError);
  Dict* e = new_dict();
  e->set(s("c"), make_int(3));
  Value m = dict_or(make_obj(d), make_obj(e));
  EXPECT_EQ(dict_repr(as<Dict>(m)), "{'b': 2, 'c': 3}");
  d->set(s("self"), make_obj(d));
  EXPECT_EQ(dict_repr(d), "{'b': 2, 'self': {...}}");
  Dict* d2 = new_dict();
  d2->set(s("b"), make_int(2));
  Dict* d3 = new_dict();
  d3->set(s("b"), make_int(2));
  EXPECT_TRUE(dict_equal(d2, d3));
}
