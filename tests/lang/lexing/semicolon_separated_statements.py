a = 1; b = 2; print(a + b)
x = 10; x += 1; print(x);
# expect: 3
# expect: 11
