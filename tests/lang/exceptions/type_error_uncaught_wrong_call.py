def f(a):
    return a

f()  # expect runtime error: TypeError: f() missing 1 required positional argument: 'a'
