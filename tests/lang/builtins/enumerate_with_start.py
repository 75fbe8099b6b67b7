for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], start=1)))
print(list(enumerate([], 5)))
print(list(enumerate("z", 10)))
# expect: 0 a
# expect: 1 b
# expect: 2 c
# expect: [(1, 'x'), (2, 'y')]
# expect: []
# expect: [(10, 'z')]
