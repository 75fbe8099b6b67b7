def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bsearch_recursive(a, t, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    if a[mid] == t:
        return mid
    return bsearch_recursive(a, t, mid + 1, hi) if a[mid] < t else bsearch_recursive(a, t, lo, mid - 1)

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

def search_rotated(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= t < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < t <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1

data = list(range(0, 200, 3))
for t in [0, 99, 100, 197, 198, -1]:
    print(t, binary_search(data, t), bsearch_recursive(data, t))
# expect: 0 (0, 6) 0
# expect: 99 (33, 1) 33
# expect: 100 (-1, 6) None
# expect: 197 (-1, 7) None
# expect: 198 (66, 7) 66
# expect: -1 (-1, 6) None
dup = [1, 2, 2, 2, 3, 5, 5, 8]
for x in [0, 2, 4, 5, 9]:
    print(f"x={x} lower={lower_bound(dup, x)} upper={upper_bound(dup, x)} count={upper_bound(dup, x) - lower_bound(dup, x)}")
# expect: x=0 lower=0 upper=0 count=0
# expect: x=2 lower=1 upper=4 count=3
# expect: x=4 lower=5 upper=5 count=0
# expect: x=5 lower=5 upper=7 count=2
# expect: x=9 lower=8 upper=8 count=0
print([isqrt(n) for n in [0, 1, 15, 16, 17, 99, 100, 10 ** 20, 2 ** 127]])
# expect: [0, 1, 3, 4, 4, 9, 10, 10000000000, 13043817825332782212]
rot = [15, 18, 22, 3, 5, 9, 11]
print([search_rotated(rot, t) for t in rot + [4, 100]])  # expect: [0, 1, 2, 3, 4, 5, 6, -1, -1]
