s = "hello"
print(s.index("l"))  # expect: 2
s.index("z")         # expect runtime error: ValueError: substring not found
