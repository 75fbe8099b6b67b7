for n in (-1, 0, 7):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
# expect: -1 neg
# expect: 0 zero
# expect: 7 pos
x = 10
print(x // 2 if x % 2 == 0 else 3 * x + 1)  # expect: 5
