print(pow(2, 10), pow(2, -2), pow(2.0, 3))
print(pow(3, 4, 5), pow(10, 2, 7))
print(pow(7, 10 ** 20, 13))
print(pow(2, 1000, 10 ** 9 + 7))
print(pow(-2, 3, 5))
# expect: 1024 0.25 8.0
# expect: 1 2
# expect: 9
# expect: 688423210
# expect: 2
