def shout(func):
    def wrapper(x):
        return func(x).upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ann"))  # expect: HELLO ANN!
