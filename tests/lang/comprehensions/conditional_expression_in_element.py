labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
print(labels.count("odd"))
# expect: ['even', 'odd', 'even', 'odd', 'even']
# expect: 2
