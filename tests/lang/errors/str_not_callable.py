name = "bob"
print(name.upper())
name("x")
# expect: BOB
# expect runtime error: TypeError: 'str' object is not callable
