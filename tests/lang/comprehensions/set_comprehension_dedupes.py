s = {c.lower() for c in "AbBaCc"}
print(sorted(s), len(s))
print("a" in s, "A" in s)
# expect: ['a', 'b', 'c'] 3
# expect: True False
