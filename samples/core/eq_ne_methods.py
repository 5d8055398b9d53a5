print(''.__ne__(0), ''.__eq__(0), 'a'.__eq__('a'), (0).__ne__(''), (1).__eq__(1.0), (1).__ne__(2))
print([1].__eq__([1]), [1].__eq__((1,)), {1}.__eq__(frozenset({1})), {}.__ne__({}), (1,).__ne__((2,)))
class A:
    def __eq__(self, o): return 'eq'
class B: pass
print(A().__ne__(1), B().__eq__(1), B().__ne__(1), object.__ne__(A(), 2))
b = B()
print(b.__eq__(b), b.__ne__(b), None.__eq__(None), None.__ne__(0))
print((1.0).__eq__(1), True.__eq__(1), (2**70).__eq__(2.0**70), (2**70).__ne__(1))
