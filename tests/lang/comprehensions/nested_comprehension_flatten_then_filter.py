data = [[1, 2, 3], [4, 5], [6]]
odds = [x * 10 for row in data for x in row if x % 2]
print(odds)  # expect: [10, 30, 50]
