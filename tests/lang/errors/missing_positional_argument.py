def f(a, b):
    return a + b

print(f(1, 2))
f(1)
# expect: 3
# expect runtime error: TypeError: f() missing 1 required positional argument: 'b'
