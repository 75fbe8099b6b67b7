print([x for x in range(20) if x % 3 == 0])
print([w for w in ["apple", "kiwi", "plum"] if len(w) == 4])
print([x for x in range(10) if x > 2 if x < 6])
# expect: [0, 3, 6, 9, 12, 15, 18]
# expect: ['kiwi', 'plum']
# expect: [3, 4, 5]
