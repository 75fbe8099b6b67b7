gen = (n * 2 for n in range(3))
print(list(gen))                          # expect: [0, 2, 4]
print(list(gen))                          # expect: []
print(sum(n for n in range(5) if n % 2))  # expect: 4
