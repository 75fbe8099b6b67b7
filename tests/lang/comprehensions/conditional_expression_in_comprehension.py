print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([x if x > 0 else 0 for x in [-2, 5, -1, 3]])
# expect: ['even', 'odd', 'even', 'odd']
# expect: [0, 5, 0, 3]
