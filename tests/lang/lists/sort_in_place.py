a = [5, 2, 8, 1, 9]
r = a.sort()
print(a, r)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry"]
words.sort()
print(words)
# expect: [1, 2, 5, 8, 9] None
# expect: [9, 8, 5, 2, 1]
# expect: ['Apple', 'banana', 'cherry']
