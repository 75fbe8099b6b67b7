class Weird:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return True

a = Weird()
print(a == 1, a != 1)  # expect: True True
