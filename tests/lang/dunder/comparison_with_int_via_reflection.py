class Big:
    def __gt__(self, other):
        return True

    def __lt__(self, other):
        return False

print(5 < Big(), 5 > Big())  # expect: True False
print(Big() > 1000)          # expect: True
