def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply

triple = make_multiplier(3)
print(triple(7), make_multiplier(2)(5))  # expect: 21 10
