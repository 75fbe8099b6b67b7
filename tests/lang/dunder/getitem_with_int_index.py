class Squares:
    def __getitem__(self, i):
        return i * i

s = Squares()
print(s[3], s[10], s[-2])  # expect: 9 100 4
