print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([1, 0.5]))  # expect: 6 0.75 1.5
print(sum(range(101)), sum([2 ** 64, 2 ** 64]))         # expect: 5050 36893488147419103232
print(sum([[1], [2]], []))                              # expect: [1, 2]
