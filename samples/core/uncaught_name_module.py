# NameError at module level.
print("about to fail")
result = undefined_name_qq + 1
print("never")
