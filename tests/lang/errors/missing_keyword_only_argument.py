def f(*, key):
    return key

print(f(key=1))  # expect: 1
f()  # expect runtime error: TypeError: f() missing 1 required keyword-only argument: 'key'
