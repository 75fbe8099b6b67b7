def sq(n):
    return n * n

print([sq(n) for n in range(5) if sq(n) % 2 == 1])   # expect: [1, 9]
print(sorted([w.lower() for w in ["B", "a", "C"]]))  # expect: ['a', 'b', 'c']
