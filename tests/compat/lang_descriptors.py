class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f'{self.name[1:]} must be >= 0')
        setattr(obj, self.name, value)
class Acct:
    balance = Positive()
a = Acct()
print(a.balance)
a.balance = 10
print(a.balance, type(Acct.balance).__name__)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError:', e)
