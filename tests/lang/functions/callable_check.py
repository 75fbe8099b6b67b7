def f():
    pass

print(callable(f), callable(lambda: 1), callable(print))
print(callable(5), callable("f"), callable(int))
# expect: True True True
# expect: False False True
