# `match` and `case` are soft keywords: everywhere but at the head of a
# match statement or a case block they are ordinary names.
match = 1
case = 2
print(match, case)
match, case = case, match
print(match, case)
match += 10
print(match)

def match(*args):
    return args
print(match(1, 2))
print(match (3))
print(match[0:0] if False else "no subscript")

class case:
    match = "attribute"
    case = "another"
print(case.match, case.case)
case.match = "set"
print(case.match)

match: int = 5
print(match)
case: list = [1, 2, 3]
case[0]: int = 10
print(case)

data = {"match": 1, "case": 2}
match = data
print(match["match"], match["case"])

# Used as names inside a match statement too.
match match:
    case {"match": case}:
        print("captured case =", case)

match = [1, 2]
match match:
    case [match, case]:
        print("match =", match, "case =", case)

def f(match, case=None):
    match match:
        case case:
            return case
print(f("both"))

# A line that starts with `match` but does not end with ':' is not a match
# statement.
match = lambda x: x
print(match(match)(7))
cases = [match for match in range(3)]
print(cases, [case for case in "ab"])

# A match statement nested in a case block.
match [1, [2, 3]]:
    case [1, inner]:
        match inner:
            case [2, c]:
                print("nested match:", c)
