def bars(a):
    return " ".join(str(x) for x in a)

def shell_sort(a):
    a = a[:]
    gap = len(a) // 2
    passes = []
    while gap:
        for i in range(gap, len(a)):
            tmp, j = a[i], i
            while j >= gap and a[j - gap] > tmp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = tmp
        passes.append((gap, bars(a)))
        gap //= 2
    return a, passes

def cocktail_sort(a):
    a = a[:]
    lo, hi, swaps = 0, len(a) - 1, 0
    while lo < hi:
        for i in range(lo, hi):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swaps += 1
        hi -= 1
        for i in range(hi, lo, -1):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
                swaps += 1
        lo += 1
    return a, swaps

def radix_sort(a):
    a = a[:]
    exp = 1
    while max(a) // exp:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[x // exp % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a

def gnome_sort(a):
    a, i, steps = a[:], 0, 0
    while i < len(a):
        steps += 1
        if i == 0 or a[i - 1] <= a[i]:
            i += 1
        else:
            a[i - 1], a[i] = a[i], a[i - 1]
            i -= 1
    return a, steps

def inversions(a):
    if len(a) < 2:
        return a, 0
    mid = len(a) // 2
    l, x = inversions(a[:mid])
    r, y = inversions(a[mid:])
    merged, i, j, inv = [], 0, 0, x + y
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            merged.append(l[i]); i += 1
        else:
            merged.append(r[j]); j += 1
            inv += len(l) - i
    return merged + l[i:] + r[j:], inv

data = [29, 3, 72, 15, 8, 61, 40, 3, 99, 54]
res, passes = shell_sort(data)
for gap, state in passes:
    print(f"gap {gap}: {state}")
# expect: gap 5: 29 3 3 15 8 61 40 72 99 54
# expect: gap 2: 3 3 8 15 29 54 40 61 99 72
# expect: gap 1: 3 3 8 15 29 40 54 61 72 99
print(cocktail_sort(data), radix_sort([170, 45, 75, 90, 802, 24, 2, 66]))
# expect: ([3, 3, 8, 15, 29, 40, 54, 61, 72, 99], 18) [2, 24, 45, 66, 75, 90, 170, 802]
print(gnome_sort(data)[1], inversions(data)[1], inversions(list(range(10, 0, -1)))[1])
# expect: 46 18 45
