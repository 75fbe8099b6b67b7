class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

n = Num()
print(int(n), float(n))          # expect: 7 2.5
print(int(n) + 1, float(n) * 2)  # expect: 8 5.0
