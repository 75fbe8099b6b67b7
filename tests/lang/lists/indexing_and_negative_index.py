a = [10, 20, 30, 40]
print(a[0], a[3])    # expect: 10 40
print(a[-1], a[-4])  # expect: 40 10
a[1] = 25
a[-1] = 45
print(a)  # expect: [10, 25, 30, 45]
