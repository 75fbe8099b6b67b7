print(2 * "ab")  # expect: abab
print([1] - [1])
# expect runtime error: TypeError: unsupported operand type(s) for -: 'list' and 'list'
