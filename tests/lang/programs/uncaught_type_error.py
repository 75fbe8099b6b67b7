def total_length(items):
    return sum(len(x) for x in items)

print(total_length(["ab", "cde", [1, 2, 3]]))  # expect: 8
print(total_length([]))                        # expect: 0
print(total_length(["ok", 42, "never"]))
# expect runtime error: TypeError: object of type 'int' has no len()
