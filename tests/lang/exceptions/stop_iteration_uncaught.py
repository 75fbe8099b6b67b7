it = iter([1])
print(next(it))
next(it)
# expect: 1
# expect runtime error: StopIteration
