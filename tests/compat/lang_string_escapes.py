print('a\tb', 'line\\n', r'raw\n', 'quote\'s', "dq\"s", '\x41\u0042\U00000043')
print(len('\n'), len(r'\n'), '\101', 'a\
b')
print("""triple
quoted""", '''single "triple"''')
print('implicit' ' concat' "enation")
print(repr('\x00\x1f'), repr('\u2028'), repr('é'), repr("'"), repr('"\''))
