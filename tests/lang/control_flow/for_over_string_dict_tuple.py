for ch in "ab":
    print("char", ch)
# expect: char a
# expect: char b
for key in {"x": 1, "y": 2}:
    print("key", key)
# expect: key x
# expect: key y
for item in (True, None):
    print("item", item)
# expect: item True
# expect: item None
