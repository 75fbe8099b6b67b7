gen = (n * 2 for n in range(3))
print(list(gen))
print(list(gen))
print(sum(n for n in range(5) if n % 2))
# expect: [0, 2, 4]
# expect: []
# expect: 4
