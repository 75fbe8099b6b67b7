s = "hello"
print(s.index("l"))
s.index("z")
# expect: 2
# expect runtime error: ValueError: substring not found
