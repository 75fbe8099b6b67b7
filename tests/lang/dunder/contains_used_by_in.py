class EvenNumbers:
    def __contains__(self, x):
        return x % 2 == 0

e = EvenNumbers()
print(4 in e, 5 in e, 5 not in e)  # expect: True False True
