def deep(n):
    return deep(n + 1)

try:
    deep(0)
except RecursionError:
    print("deep")       # expect: deep
print("still running")  # expect: still running
