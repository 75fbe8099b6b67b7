def f(a, b, c):
    return a * 100 + b * 10 + c

args = [1, 2, 3]
print(f(*args))       # expect: 123
print(f(*(4, 5), 6))  # expect: 456
kwargs = {"c": 9, "b": 8}
print(f(7, **kwargs))               # expect: 789
print(f(*[1], **{"b": 2, "c": 3}))  # expect: 123
print(*"abc")                       # expect: a b c
