s = "hello"
print(s.rindex("l"))  # expect: 3
s.rindex("q")         # expect runtime error: ValueError: substring not found
