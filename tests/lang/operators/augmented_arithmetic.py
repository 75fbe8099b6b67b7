x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x /= 4; print(x)
# expect: 15
# expect: 12
# expect: 24
# expect: 4
# expect: 1
# expect: 1
# expect: 0.25
