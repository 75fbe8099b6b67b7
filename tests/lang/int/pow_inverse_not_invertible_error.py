print(pow(2, -1, 7))  # expect: 4
pow(2, -1, 4)  # expect runtime error: ValueError: base is not invertible for the given modulus
