print("start")
s = "caf\N{LATIN SMALL LETTER E WITH ACUTE} \N{NO SUCH NAME}"
