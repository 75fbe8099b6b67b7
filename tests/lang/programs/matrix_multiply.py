def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    result = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))  # expect: [[19, 22], [43, 50]]
identity = [[1, 0], [0, 1]]
print(matmul(a, identity) == a)  # expect: True
m = [[1, 1], [1, 0]]
power = identity
for _ in range(10):
    power = matmul(power, m)
print(power)  # expect: [[89, 55], [55, 34]]
