name = "bob"
print(name.upper())  # expect: BOB
name("x")            # expect runtime error: TypeError: 'str' object is not callable
