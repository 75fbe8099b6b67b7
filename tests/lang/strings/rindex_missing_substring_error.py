s = "hello"
print(s.rindex("l"))
s.rindex("q")
# expect: 3
# expect runtime error: ValueError: substring not found
