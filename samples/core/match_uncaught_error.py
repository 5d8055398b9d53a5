# An error raised by a class pattern, uncaught: the traceback names the
# line of the pattern.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(p):
    match p:
        case Point(x=0):
            return "on the y axis"
        case [Point(x, y),
              Point(0, 0)]:
            return "a pair"
    return "other"

print(describe(Point(0, 1)))
print(describe([Point(1, 1), Point(0, 0)]))
