s = {c.lower() for c in "AbBaCc"}
print(sorted(s), len(s))   # expect: ['a', 'b', 'c'] 3
print("a" in s, "A" in s)  # expect: True False
