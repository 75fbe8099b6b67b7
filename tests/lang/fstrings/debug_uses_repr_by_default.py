s = "hi"
items = ["a"]
print(f"{s=}", f"{items=}")
print(f"{s=!s}")
# expect: s='hi' items=['a']
# expect: s=hi
