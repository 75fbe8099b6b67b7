it = iter([1])
print(next(it))  # expect: 1
next(it)         # expect runtime error: StopIteration
