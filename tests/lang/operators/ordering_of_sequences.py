# Sequences compare lexicographically, element by element.
print([1, 2, 3] < [1, 2, 4])
print([1, 2] < [1, 2, 0])
print((2,) > (1, 9, 9))
print("apple" < "banana", "Zebra" < "apple")
print("abc" < "abcd", "" < "a")
print(max([1, 5], [1, 10], [0, 99]))
# expect: True
# expect: True
# expect: True
# expect: True True
# expect: True True
# expect: [1, 10]
