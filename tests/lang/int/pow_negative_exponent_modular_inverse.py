print(pow(3, -1, 7))
print(pow(3, -2, 7))
print(3 * pow(3, -1, 7) % 7)
print(pow(38, -1, 97))
# expect: 5
# expect: 4
# expect: 1
# expect: 23
