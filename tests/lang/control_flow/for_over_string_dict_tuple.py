for ch in "ab":
    print("char", ch)
for key in {"x": 1, "y": 2}:
    print("key", key)
for item in (True, None):
    print("item", item)
# expect: char a
# expect: char b
# expect: key x
# expect: key y
# expect: item True
# expect: item None
