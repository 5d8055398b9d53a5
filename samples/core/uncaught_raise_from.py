# Uncaught explicit chaining: "The above exception was the direct cause ..."
print("start")
raise ValueError("bad") from KeyError("k")
