s = "  padded text \t\n"
print(repr(s.strip()))                           # expect: 'padded text'
print(repr(s.lstrip()))                          # expect: 'padded text \t\n'
print(repr(s.rstrip()))                          # expect: '  padded text'
print("xxhixx".strip("x"))                       # expect: hi
print("abcHIcba".strip("abc"))                   # expect: HI
print("--a--".lstrip("-"), "--a--".rstrip("-"))  # expect: a-- --a
