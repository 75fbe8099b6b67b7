print(["even" if n % 2 == 0 else "odd" for n in range(4)])  # expect: ['even', 'odd', 'even', 'odd']
print([x if x > 0 else 0 for x in [-2, 5, -1, 3]])          # expect: [0, 5, 0, 3]
