def repeat(value, times):
    for _ in range(times):
        yield value

print(list(repeat("ab", 3)))  # expect: ['ab', 'ab', 'ab']
print(list(repeat(0, 0)))     # expect: []
