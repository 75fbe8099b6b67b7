class Countdown:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 3 - i

print(list(Countdown()))  # expect: [3, 2, 1]
for x in Countdown():
    print(x)
# expect: 3
# expect: 2
# expect: 1
