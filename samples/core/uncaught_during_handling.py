# Exception inside except: "During handling of the above exception ..."
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return d["fallback"] + 1

print(lookup({"a": 1, "fallback": 0}, "b"))
print(lookup({"a": 1}, "b"))
