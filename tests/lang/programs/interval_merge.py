def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(i) for i in out]

def insert(intervals, new):
    return merge(intervals + [new])

def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out

def min_rooms(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best

def free_slots(busy, day=(9, 17)):
    slots = []
    t = day[0]
    for s, e in merge(busy):
        if s > t:
            slots.append((t, s))
        t = max(t, e)
    if t < day[1]:
        slots.append((t, day[1]))
    return slots

print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
# expect: [(1, 6), (8, 10), (15, 20)]
print(merge([]), merge([(5, 5)]), merge([(1, 4), (4, 5)]))  # expect: [] [(5, 5)] [(1, 5)]
print(insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)))
# expect: [(1, 2), (3, 10), (12, 16)]
print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
# expect: [(1, 2), (5, 5), (8, 10), (15, 23), (24, 24), (25, 25)]
print(min_rooms([(0, 30), (5, 10), (15, 20)]), min_rooms([(7, 10), (2, 4)]), min_rooms([(1, 5), (2, 6), (3, 7), (5, 8)]))
# expect: 2 1 3
print(free_slots([(10, 11), (10.5, 12), (14, 15.5)]))  # expect: [(9, 10), (12, 14), (15.5, 17)]
total_busy = sum(e - s for s, e in merge([(10, 11), (10.5, 12), (14, 15.5)]))
print(f"busy {total_busy}h, free {8 - total_busy}h")  # expect: busy 3.5h, free 4.5h
