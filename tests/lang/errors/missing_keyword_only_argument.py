def f(*, key):
    return key

print(f(key=1))
f()
# expect: 1
# expect runtime error: TypeError: f() missing 1 required keyword-only argument: 'key'
