s = "ok"
t = ("\N{EM DASH}"
     "x\N{EM DASH")
