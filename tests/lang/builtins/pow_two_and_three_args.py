print(pow(2, 10), pow(2, -2), pow(2.0, 3))  # expect: 1024 0.25 8.0
print(pow(3, 4, 5), pow(10, 2, 7))          # expect: 1 2
print(pow(7, 10 ** 20, 13))                 # expect: 9
print(pow(2, 1000, 10 ** 9 + 7))            # expect: 688423210
print(pow(-2, 3, 5))                        # expect: 2
