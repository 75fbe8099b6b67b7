for i, ch in enumerate("abc"):
    print(i, ch)
# expect: 0 a
# expect: 1 b
# expect: 2 c
print(list(enumerate(["x", "y"], start=1)))  # expect: [(1, 'x'), (2, 'y')]
print(list(enumerate([], 5)))                # expect: []
print(list(enumerate("z", 10)))              # expect: [(10, 'z')]
