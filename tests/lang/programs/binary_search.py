def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 200, 2))
for target in (0, 64, 198, 65, -4):
    print(target, binary_search(data, target))
# expect: 0 (0, 6)
# expect: 64 (32, 7)
# expect: 198 (99, 7)
# expect: 65 (-1, 7)
# expect: -4 (-1, 6)
