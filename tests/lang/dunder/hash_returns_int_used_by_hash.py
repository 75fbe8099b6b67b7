class Fixed:
    def __hash__(self):
        return 7

print(hash(Fixed()))                   # expect: 7
print(hash(Fixed()) == hash(Fixed()))  # expect: True
