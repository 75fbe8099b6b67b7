def greet(name):
    return "hi " + name

print(greet(name="ann"))  # expect: hi ann
greet("bob", colour="red")
# expect runtime error: TypeError: greet() got an unexpected keyword argument 'colour'
