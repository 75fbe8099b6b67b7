a = 1; b = 2; print(a + b)  # expect: 3
x = 10; x += 1; print(x);   # expect: 11
