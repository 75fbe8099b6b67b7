print([x for x in range(20) if x % 3 == 0])                   # expect: [0, 3, 6, 9, 12, 15, 18]
print([w for w in ["apple", "kiwi", "plum"] if len(w) == 4])  # expect: ['kiwi', 'plum']
print([x for x in range(10) if x > 2 if x < 6])               # expect: [3, 4, 5]
