text = """one
two
three"""
print(repr(text), len(text.splitlines()))
old_mac = """ab"""
print(repr(old_mac))
if True:
    print("indented block with CRLF")
