a = [[0], [1]]
copies = [a.copy(), a[:], list(a)]
a[0].append("x")
for c in copies:
    print(c, c is a, c[0] is a[0])
# expect: [[0, 'x'], [1]] False True
# expect: [[0, 'x'], [1]] False True
# expect: [[0, 'x'], [1]] False True
