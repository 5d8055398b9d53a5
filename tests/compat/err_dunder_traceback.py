class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.xs, other.xs, strict=True)))
Vec(1, 2) + Vec(1)
