from . import VERSION

print("loading", __name__, "from package version", VERSION)


def double(x):
    return x * 2
