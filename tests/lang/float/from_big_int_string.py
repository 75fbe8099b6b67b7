print(float("1" + "0" * 30))                    # expect: 1e+30
print(float("123456789012345678901234567890"))  # expect: 1.2345678901234568e+29
print(int("9" * 40) + 1 == 10 ** 40)            # expect: True
