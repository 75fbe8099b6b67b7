# Builtins are ordinary names and can be shadowed by globals.
def len(x):
    return "shadowed"

print(len([1, 2, 3]))  # expect: shadowed
del len
print(len([1, 2, 3]))  # expect: 3
