# The string module's constants and capwords.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(len(string.printable))
print(string.capwords("hello   world  from coil"))
print(string.capwords("a-b-c", "-"), string.capwords(""))
print(all(c in string.printable for c in "Hello, World!"))
secret = "".join(c for c in "P4ssw0rd!" if c in string.ascii_letters)
print(secret)
shift = 3
table = {c: string.ascii_lowercase[(i + shift) % 26] for i, c in enumerate(string.ascii_lowercase)}
print("".join(table.get(c, c) for c in "hello, world"))
