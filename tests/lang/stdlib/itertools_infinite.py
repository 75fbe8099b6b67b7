# itertools.count, cycle and repeat: infinite iterators, cut here with islice and zip.
from itertools import count, cycle, islice, repeat

print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(2.5, 0.5), 3)))
# expect: [0, 1, 2, 3, 4] [10, 8, 6, 4] [2.5, 3.0, 3.5]
print(list(zip("abc", count(1))), next(count(7)))  # expect: [('a', 1), ('b', 2), ('c', 3)] 7
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(islice(cycle(range(3)), 7)))
# expect: ['a', 'b', 'a', 'b', 'a'] [] [0, 1, 2, 0, 1, 2, 0]
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -1)), list(islice(repeat(7), 2)))
# expect: ['x', 'x', 'x'] [] [] [7, 7]
print(list(map(pow, range(5), repeat(2))), sum(repeat(3, 4)))  # expect: [0, 1, 4, 9, 16] 12
squares = (n * n for n in count(1))
print([next(squares) for _ in range(5)])  # expect: [1, 4, 9, 16, 25]
