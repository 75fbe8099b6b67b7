s = "naïve"
print(f"{s!r} {s!s} {s!a}")  # expect: 'naïve' naïve 'na\xefve'
print(f"{s!r:>12}|")         # expect:      'naïve'|
print(f"{3!r} {None!a}")     # expect: 3 None
