# Misuse of eval(), exec() and compile(), and syntax errors inside them.
def show(src):
    try:
        r = eval(src)
        print("ok", repr(r))
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
    except Exception as e:
        print(type(e).__name__, "|", e)

# Arity and argument types.
show("eval()")
show("eval('1', {}, {}, {})")
show("eval('1', globals={})")
show("eval(5)")
show("eval(['x'])")
show("eval('1', 5)")
show("eval('1', {}, 5)")
show("eval('1', None, 5)")
show("exec()")
show("exec('1', {}, {}, {})")
show("exec('1', globals={})")
show("exec(5)")
show("exec('1', [])")
show("exec('1', {}, 5)")
show("exec('1', closure=())")
show("compile()")
show("compile('1', 'f')")
show("compile('1', 'f', 'bad')")
show("compile('1', 'f', 5)")
show("compile('1', 5, 'exec')")
show("compile(5, 'f', 'exec')")
show("compile('1', 'f', 'exec', 1 << 30)")
show("compile('1', 'f', 'exec', 0, False, 5)")
show("compile('1', 'f', 'exec', 'x')")
show("compile('1', 'f', 'exec', 0, 0, 0, 0)")
show("compile('1', 'f', 'exec', foo=1)")
show("compile('1', 'f', 'exec', source='1')")

# Free variables need a closure.
def outer():
    v = 1
    def inner():
        return v
    return inner
code = outer().__code__
show("exec(code)")
show("eval(code)")
show("exec(code, closure=(1,))")
show("exec(compile('1', 's', 'exec'), closure=outer().__closure__)")
show("exec((lambda a: a).__code__)")

# Syntax errors: message, file, line and offset as CPython reports them.
show("eval('x = 1')")
show("eval('1\\n+2')")
show("eval('*a')")
show("eval('1, *a')")
show("eval('yield 1')")
show("eval('(1 +')")
show("eval(' \\n 1')")
show("exec('def f(:')")
show("exec(' x = 1')")
show("exec('return 1')")
show("exec('x = (1,\\n  2')")
show("exec('if True:\\npass')")
show("exec('a\\0b')")
show("compile('x = = 1\\ny = 2', 'mod.py', 'exec')")
show("compile('a = 1\\nb = 2', 's', 'single')")
show("compile('1\\n2\\n', 's', 'single')")
show("compile('await x', 's', 'exec')")

# Where the parser (not the tokenizer) places the end of the error.
for src in ["x = 1", "1, *a"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(e.end_lineno, e.end_offset)

# Errors raised by the executed code carry a traceback through "<string>".
try:
    exec("def f():\n    return 1 / 0\nf()")
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        # The script's own file name is absolute; print only its last part.
        print(tb.tb_frame.f_code.co_filename.rsplit("/", 1)[-1], tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
try:
    eval("undefined_name + 1")
except NameError as e:
    print(e)
try:
    exec("import no_such_module_here")
except ModuleNotFoundError as e:
    print(e)

# SyntaxError built by hand.
e = SyntaxError("custom", ("/some/dir/file.py", 3, 4, "text line", 3, 6))
print(e, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
print(SyntaxError("plain"), repr(str(SyntaxError())), SyntaxError("m", (None, 7, 1, "t")))
try:
    SyntaxError("m", (1, 2))
except TypeError as x:
    print(x)
