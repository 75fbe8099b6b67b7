s = "café"
print(f"{s!s}")
print(f"{s!r}")
print(f"{s!a}")
print(f"{42!r} {None!s} {[1, 'a']!r}")
# expect: café
# expect: 'café'
# expect: 'caf\xe9'
# expect: 42 None [1, 'a']
