# Only the final line of the traceback is part of the contract.
def level3(n):
    return [1, 2][n]

def level2(n):
    return level3(n + 1)

def level1(n):
    return level2(n + 1)

print(level1(-2))  # expect: 1
print(level1(0))   # expect runtime error: IndexError: list index out of range
