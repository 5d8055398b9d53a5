# A syntax error inside exec() that nobody catches: the traceback shows the
# exec call, then the error's file, line, text and caret.
def run(src):
    exec(src)

print("before")
run("x = 1\ny = (2 +\n")
print("not reached")
