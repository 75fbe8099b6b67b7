labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)               # expect: ['even', 'odd', 'even', 'odd', 'even']
print(labels.count("odd"))  # expect: 2
