def bubble_sort(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out += right[j:]
    return out

def quick_sort(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def selection_sort(a):
    a = a.copy()
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        a[i], a[m] = a[m], a[i]
    return a

def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out

data = [38, 27, 43, 3, 9, 82, 10, -5, 27, 0]
for fn in (bubble_sort, insertion_sort, merge_sort, quick_sort, selection_sort, counting_sort):
    result = fn(data)
    print(f"{fn.__name__:>15}: {result} ok={result == sorted(data)}")
# expect:     bubble_sort: [-5, 0, 3, 9, 10, 27, 27, 38, 43, 82] ok=True
# expect:  insertion_sort: [-5, 0, 3, 9, 10, 27, 27, 38, 43, 82] ok=True
# expect:      merge_sort: [-5, 0, 3, 9, 10, 27, 27, 38, 43, 82] ok=True
# expect:      quick_sort: [-5, 0, 3, 9, 10, 27, 27, 38, 43, 82] ok=True
# expect:  selection_sort: [-5, 0, 3, 9, 10, 27, 27, 38, 43, 82] ok=True
# expect:   counting_sort: [-5, 0, 3, 9, 10, 27, 27, 38, 43, 82] ok=True
print(data)                            # expect: [38, 27, 43, 3, 9, 82, 10, -5, 27, 0]
print(sorted(data, reverse=True)[:3])  # expect: [82, 43, 38]
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))                 # expect: ['Apple', 'Banana', 'apple', 'banana', 'cherry']
print(sorted(words, key=str.lower))  # expect: ['Apple', 'apple', 'banana', 'Banana', 'cherry']
print(sorted(words, key=lambda w: (len(w), w)))
# expect: ['Apple', 'apple', 'Banana', 'banana', 'cherry']
