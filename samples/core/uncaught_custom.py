# Uncaught custom exception.
class ConfigError(Exception):
    pass

def load(name):
    print("loading", name)
    raise ConfigError("missing key: " + repr(name))

load("timeout")
