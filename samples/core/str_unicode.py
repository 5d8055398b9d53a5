# Non-ASCII text.
s = 'héllo'
print(s, len(s), s[1], s.upper(), s[::-1])
print(ord('é'), chr(233), 'é' in s)
w = "naïve café ☕"
print(w, len(w), w.split(), w.title())
print(repr('日本語'), len('日本語'), '日本語'[1])
print('Ω'.lower(), 'ÉCOLE'.lower())
print("€" + "uro", ord("€"))
print(f"{'é':*^5}")
