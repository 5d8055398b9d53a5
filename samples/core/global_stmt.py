# The global statement.
counter = 0

def bump():
    global counter
    counter += 1

for _ in range(3):
    bump()
print(counter)

def read_only():
    return counter * 10

print(read_only())

def make_new():
    global created
    created = "made inside"

make_new()
print(created)

x = "module"
def shadow():
    x = "local"
    return x

print(shadow(), x)
