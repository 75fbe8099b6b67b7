def count_down_from(n):
    out = []
    def step(k):
        if k < 0:
            return
        out.append(k)
        step(k - 1)
    step(n)
    return out

print(count_down_from(4))  # expect: [4, 3, 2, 1, 0]
