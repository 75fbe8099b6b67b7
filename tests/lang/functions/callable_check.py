def f():
    pass

print(callable(f), callable(lambda: 1), callable(print))  # expect: True True True
print(callable(5), callable("f"), callable(int))          # expect: False False True
