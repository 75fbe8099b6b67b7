a, *b = [1, 2, 3, 4]
print(a, b)  # expect: 1 [2, 3, 4]
*c, d = "hello"
print(c, d)  # expect: ['h', 'e', 'l', 'l'] o
first, *mid, last = range(6)
print(first, mid, last)  # expect: 0 [1, 2, 3, 4] 5
x, *empty, y = (1, 2)
print(x, empty, y)  # expect: 1 [] 2
