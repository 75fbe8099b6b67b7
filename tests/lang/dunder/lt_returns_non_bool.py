class Odd:
    def __lt__(self, other):
        return "yes"

print(Odd() < Odd())        # expect: yes
print(bool(Odd() < Odd()))  # expect: True
