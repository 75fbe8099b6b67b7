class Anything:
    def __eq__(self, other):
        return True

print(1 == Anything())
print("x" == Anything())
print([1, 2] == Anything())
# expect: True
# expect: True
# expect: True
