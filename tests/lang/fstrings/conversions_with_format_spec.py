s = "naïve"
print(f"{s!r} {s!s} {s!a}")
print(f"{s!r:>12}|")
print(f"{3!r} {None!a}")
# expect: 'naïve' naïve 'na\xefve'
# expect:      'naïve'|
# expect: 3 None
