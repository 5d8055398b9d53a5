# copy.copy and copy.deepcopy.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, s, d)
print(s is a, s[1] is a[1], d[1] is a[1])

t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2)
print(copy.deepcopy(t2) is t2)
print(copy.copy({1, 2}), copy.deepcopy({"a": {"b": 1}}), copy.copy(5), copy.deepcopy("s"))

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value}, {self.children})"

root = Node(1, [Node(2), Node(3)])
shallow = copy.copy(root)
deep = copy.deepcopy(root)
root.children[0].value = 20
print(root, shallow, deep)
print(shallow.children is root.children, deep.children is root.children)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("custom copy")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom(copy.deepcopy(self.v, memo))

c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
