a = [5, 2, 8, 1, 9]
r = a.sort()
print(a, r)  # expect: [1, 2, 5, 8, 9] None
a.sort(reverse=True)
print(a)  # expect: [9, 8, 5, 2, 1]
words = ["banana", "Apple", "cherry"]
words.sort()
print(words)  # expect: ['Apple', 'banana', 'cherry']
