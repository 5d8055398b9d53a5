# __eq__, __lt__ (used by sorted), __hash__.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __hash__(self):
        return self.major * 100 + self.minor

    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)

vs = [Version(2, 0), Version(1, 5), Version(1, 10), Version(0, 9)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1), Version(1, 0) < Version(1, 1))
print(Version(3, 0) > Version(2, 9))
print(hash(Version(3, 4)), len({Version(1, 1), Version(1, 1), Version(2, 2)}))
d = {Version(1, 0): "first"}
print(d[Version(1, 0)], Version(1, 0) in d)

class Plain:
    pass

a = Plain()
print(a == a, a == Plain(), a != Plain())
