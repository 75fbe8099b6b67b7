# bisect: binary search and insertion into sorted lists, with key= (3.10).
import bisect

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 5, 1, 3))
# expect: 2 4 4 3
print(bisect.bisect_right(a, 0), bisect.bisect_left(a, 100), bisect.bisect_left([], 1), bisect.bisect_right(a, 4, hi=3))
# expect: 0 5 0 3
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 9)
bisect.insort(a, 0)
print(a)  # expect: [0, 1, 2, 3, 4, 4, 4, 8, 9]
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
# expect: 1 2
bisect.insort(records, ("x", 4), key=lambda r: r[1])
bisect.insort_left(records, ("y", 3), key=lambda r: r[1])
print(records)  # expect: [('a', 1), ('y', 3), ('b', 3), ('x', 4), ('c', 5)]
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)  # expect: lo must be non-negative


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
