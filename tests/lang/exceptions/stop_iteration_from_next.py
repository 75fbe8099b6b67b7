it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
# expect: 1
# expect: exhausted
