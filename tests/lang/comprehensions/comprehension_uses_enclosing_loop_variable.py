result = []
for row in range(3):
    result.append([row * 10 + col for col in range(row + 1)])
print(result)  # expect: [[0], [10, 11], [20, 21, 22]]
