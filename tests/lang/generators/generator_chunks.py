def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]

print(list(chunks([1, 2, 3, 4, 5, 6, 7], 3)))  # expect: [[1, 2, 3], [4, 5, 6], [7]]
print(list(chunks("abcdef", 2)))               # expect: ['ab', 'cd', 'ef']
