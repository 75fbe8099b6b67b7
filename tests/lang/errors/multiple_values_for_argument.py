def f(a, b):
    return a - b

print(f(5, b=1))  # expect: 4
f(5, a=1)         # expect runtime error: TypeError: f() got multiple values for argument 'a'
