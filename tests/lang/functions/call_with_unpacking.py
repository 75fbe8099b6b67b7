def f(a, b, c):
    return a * 100 + b * 10 + c

args = [1, 2, 3]
print(f(*args))
print(f(*(4, 5), 6))
kwargs = {"c": 9, "b": 8}
print(f(7, **kwargs))
print(f(*[1], **{"b": 2, "c": 3}))
print(*"abc")
# expect: 123
# expect: 456
# expect: 789
# expect: 123
# expect: a b c
