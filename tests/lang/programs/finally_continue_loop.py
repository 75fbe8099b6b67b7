def first_valid(items):
    for item in items:
        try:
            if item > 0:
                return item
        finally:
            if item == 3:
                continue
    return None

print(first_valid([-1, 3, 5]))   # expect: 5
print(first_valid([-1, -2, 4]))  # expect: 4
