# A syntax error.
print("not reached")
x = = 1
