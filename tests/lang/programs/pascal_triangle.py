def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        row = [1]
        for i in range(len(prev) - 1):
            row.append(prev[i] + prev[i + 1])
        row.append(1)
        rows.append(row)
    return rows

triangle = pascal(6)
width = len(" ".join(map(str, triangle[-1])))
for row in triangle:
    text = " ".join(map(str, row))
    print(" " * ((width - len(text)) // 2) + text)
# expect:       1
# expect:      1 1
# expect:     1 2 1
# expect:    1 3 3 1
# expect:   1 4 6 4 1
# expect: 1 5 10 10 5 1
print(sum(pascal(30)[-1]) == 2 ** 29)  # expect: True
