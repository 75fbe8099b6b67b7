class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

n = Num()
print(int(n), float(n))
print(int(n) + 1, float(n) * 2)
# expect: 7 2.5
# expect: 8 5.0
