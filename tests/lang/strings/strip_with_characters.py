print("xxhixx".strip("x"))                       # expect: hi
print("<<a>>".lstrip("<"), "<<a>>".rstrip(">"))  # expect: a>> <<a
print("abcHELLOcba".strip("abc"))                # expect: HELLO
print("  both  ".strip() + "|")                  # expect: both|
