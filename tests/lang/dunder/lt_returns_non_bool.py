class Odd:
    def __lt__(self, other):
        return "yes"

print(Odd() < Odd())
print(bool(Odd() < Odd()))
# expect: yes
# expect: True
