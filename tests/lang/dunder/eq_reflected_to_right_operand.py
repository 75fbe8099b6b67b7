class Anything:
    def __eq__(self, other):
        return True

print(1 == Anything())       # expect: True
print("x" == Anything())     # expect: True
print([1, 2] == Anything())  # expect: True
