def first_even(items):
    for x in items:
        if x % 2 == 0:
            return x
    return None

print(first_even([1, 3, 4, 6]))  # expect: 4
print(first_even([1, 3]))        # expect: None
