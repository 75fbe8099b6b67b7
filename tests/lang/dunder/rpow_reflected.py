class Base2:
    def __rpow__(self, other):
        return other ** 2

print(5 ** Base2(), 1.5 ** Base2())  # expect: 25 2.25
