# An assignment expression may not rebind a comprehension's iteration
# variable, in that comprehension or an enclosing one.
for source in ["[i := i + 1 for i in range(4)]",
               "[i := -1 for i, j in [(1, 2)]]",
               "[[(i := j) for i in range(2)] for j in range(2)]",
               "[[(j := i) for i in range(2)] for j in range(2)]",
               "{k: (v := 1) for k, *v in [(1, 2)]}",
               "[y := x for x in range(3)]"]:
    try:
        print(eval(source))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
