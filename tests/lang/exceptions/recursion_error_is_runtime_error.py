def down(n):
    return 1 + down(n + 1)

try:
    down(0)
except RuntimeError as e:
    print(type(e).__name__)  # expect: RecursionError
