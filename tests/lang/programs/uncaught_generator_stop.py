def first_n_even(numbers, n):
    it = iter(numbers)
    found = 0
    while found < n:
        x = next(it)
        if x % 2 == 0:
            found += 1
            yield x

print(list(first_n_even(range(20), 3)))     # expect: [0, 2, 4]
print(list(first_n_even([1, 2, 3, 4], 2)))  # expect: [2, 4]
print(list(first_n_even([2, 3, 5], 2)))
# expect runtime error: RuntimeError: generator raised StopIteration
