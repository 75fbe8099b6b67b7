print("xxhixx".strip("x"))
print("<<a>>".lstrip("<"), "<<a>>".rstrip(">"))
print("abcHELLOcba".strip("abc"))
print("  both  ".strip() + "|")
# expect: hi
# expect: a>> <<a
# expect: HELLO
# expect: both|
