def greet(name):
    return "hi " + name

print(greet(name="ann"))
greet("bob", colour="red")
# expect: hi ann
# expect runtime error: TypeError: greet() got an unexpected keyword argument 'colour'
