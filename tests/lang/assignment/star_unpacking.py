a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "hello"
print(c, d)
first, *mid, last = range(6)
print(first, mid, last)
x, *empty, y = (1, 2)
print(x, empty, y)
# expect: 1 [2, 3, 4]
# expect: ['h', 'e', 'l', 'l'] o
# expect: 0 [1, 2, 3, 4] 5
# expect: 1 [] 2
