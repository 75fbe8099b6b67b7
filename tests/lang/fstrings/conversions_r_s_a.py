s = "café"
print(f"{s!s}")                         # expect: café
print(f"{s!r}")                         # expect: 'café'
print(f"{s!a}")                         # expect: 'caf\xe9'
print(f"{42!r} {None!s} {[1, 'a']!r}")  # expect: 42 None [1, 'a']
