it = iter([1])
print(next(it))  # expect: 1
try:
    next(it)
except StopIteration:
    print("exhausted")  # expect: exhausted
