def first_fit(items, capacity):
    bins = []
    for it in items:
        for b in bins:
            if sum(b) + it <= capacity:
                b.append(it)
                break
        else:
            bins.append([it])
    return bins

def best_fit(items, capacity):
    bins = []
    for it in items:
        candidates = [b for b in bins if sum(b) + it <= capacity]
        if candidates:
            min(candidates, key=lambda b: capacity - sum(b) - it).append(it)
        else:
            bins.append([it])
    return bins

def next_fit(items, capacity):
    bins = [[]]
    for it in items:
        if sum(bins[-1]) + it > capacity:
            bins.append([])
        bins[-1].append(it)
    return bins

items = [4, 8, 1, 4, 2, 1, 7, 3, 6, 2, 5, 5]
cap = 10
lower = -(-sum(items) // cap)
for name, fn in [("next fit", next_fit), ("first fit", first_fit), ("best fit", best_fit)]:
    for label, data in [("", items), (" (decreasing)", sorted(items, reverse=True))]:
        bins = fn(data, cap)
        waste = sum(cap - sum(b) for b in bins)
        print(f"{name + label:<26} bins={len(bins)} waste={waste} {bins}")
# expect: next fit                   bins=6 waste=12 [[4], [8, 1], [4, 2, 1], [7, 3], [6, 2], [5, 5]]
# expect: next fit (decreasing)      bins=6 waste=12 [[8], [7], [6], [5, 5], [4, 4], [3, 2, 2, 1, 1]]
# expect: first fit                  bins=5 waste=2 [[4, 1, 4, 1], [8, 2], [7, 3], [6, 2], [5, 5]]
# expect: first fit (decreasing)     bins=5 waste=2 [[8, 2], [7, 3], [6, 4], [5, 5], [4, 2, 1, 1]]
# expect: best fit                   bins=5 waste=2 [[4, 4, 2], [8, 1, 1], [7, 3], [6, 2], [5, 5]]
# expect: best fit (decreasing)      bins=5 waste=2 [[8, 2], [7, 3], [6, 4], [5, 5], [4, 2, 1, 1]]
print("lower bound:", lower)  # expect: lower bound: 5
try:
    first_fit([11], 10)
    print("oversized item placed anyway:", first_fit([11], 10))
    # expect: oversized item placed anyway: [[11]]
except Exception as e:
    print(e)
