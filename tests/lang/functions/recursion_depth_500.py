# Moderately deep recursion must work (CPython's default limit is 1000).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))  # expect: 500
