a = [3, 1.5, True, 0, -2.5]
a.sort()
print(a)  # expect: [-2.5, 0, True, 1.5, 3]
t = [(2, "b"), (1, "z"), (2, "a")]
t.sort()
print(t)  # expect: [(1, 'z'), (2, 'a'), (2, 'b')]
