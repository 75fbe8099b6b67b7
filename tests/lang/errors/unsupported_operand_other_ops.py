print(2 * "ab")
print([1] - [1])
# expect: abab
# expect runtime error: TypeError: unsupported operand type(s) for -: 'list' and 'list'
