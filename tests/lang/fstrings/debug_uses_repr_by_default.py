s = "hi"
items = ["a"]
print(f"{s=}", f"{items=}")  # expect: s='hi' items=['a']
print(f"{s=!s}")             # expect: s=hi
