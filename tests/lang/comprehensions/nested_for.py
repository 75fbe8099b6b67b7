print([(a, b) for a in range(3) for b in range(a)])
print([x + y for x in "ab" for y in "12"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: ['a1', 'a2', 'b1', 'b2']
# expect: [1, 2, 3, 4, 5, 6]
