def change(n, items):
    n = n + 1
    items = items + [99]
    return n, items

a = 1
lst = [1]
print(change(a, lst))  # expect: (2, [1, 99])
print(a, lst)          # expect: 1 [1]
