print(pow(3, -1, 7))          # expect: 5
print(pow(3, -2, 7))          # expect: 4
print(3 * pow(3, -1, 7) % 7)  # expect: 1
print(pow(38, -1, 97))        # expect: 23
