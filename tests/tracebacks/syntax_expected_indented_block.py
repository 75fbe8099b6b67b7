# A body that is not indented.
def greet(name):
return "hi " + name
