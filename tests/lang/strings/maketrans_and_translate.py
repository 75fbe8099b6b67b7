table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table))  # expect: xxyyzz zxy
table2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(table2))  # expect: 1c1
