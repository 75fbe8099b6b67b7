table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table))
table2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(table2))
# expect: xxyyzz zxy
# expect: 1c1
