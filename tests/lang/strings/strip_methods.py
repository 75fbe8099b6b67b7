s = "  padded text \t\n"
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print("xxhixx".strip("x"))
print("abcHIcba".strip("abc"))
print("--a--".lstrip("-"), "--a--".rstrip("-"))
# expect: 'padded text'
# expect: 'padded text \t\n'
# expect: '  padded text'
# expect: hi
# expect: HI
# expect: a-- --a
