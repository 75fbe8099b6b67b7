# Sequences compare lexicographically, element by element.
print([1, 2, 3] < [1, 2, 4])                  # expect: True
print([1, 2] < [1, 2, 0])                     # expect: True
print((2,) > (1, 9, 9))                       # expect: True
print("apple" < "banana", "Zebra" < "apple")  # expect: True True
print("abc" < "abcd", "" < "a")               # expect: True True
print(max([1, 5], [1, 10], [0, 99]))          # expect: [1, 10]
