# itertools.islice: slices of any iterator, taking from it only what the slice needs.
from itertools import count, islice

print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)))
# expect: ['a', 'b'] ['c', 'd'] ['c', 'd', 'e', 'f', 'g']
print(list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", None, 3)), list(islice(count(), 3, 10, 3)))
# expect: ['a', 'c', 'e', 'g'] ['a', 'b', 'c'] [3, 6, 9]
it = iter(range(20))
print(list(islice(it, 0, 5, 2)), next(it))  # expect: [0, 2, 4] 5
it = iter(range(20))
print(list(islice(it, 1, 6, 3)), next(it))  # expect: [1, 4] 6
it = iter(range(20))
print(list(islice(it, 3)), next(it))  # expect: [0, 1, 2] 3
it = iter(range(20))
print(list(islice(it, 5, 2)), next(it))                 # expect: [] 5
print(list(islice(range(3), 10)), list(islice([], 0)))  # expect: [0, 1, 2] []
lines = iter(["header", "a", "b", "c"])
next(lines)
print(list(islice(lines, 2)), list(lines))  # expect: ['a', 'b'] ['c']
