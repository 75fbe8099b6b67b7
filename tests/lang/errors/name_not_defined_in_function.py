def f():
    return undefined_name + 1

def g():
    return f()

print("calling")  # expect: calling
g()               # expect runtime error: NameError: name 'undefined_name' is not defined
