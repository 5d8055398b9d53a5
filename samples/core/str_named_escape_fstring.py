v = 1
s = f"{v}é\N{EM DASH}\N{named sequence? no}"
