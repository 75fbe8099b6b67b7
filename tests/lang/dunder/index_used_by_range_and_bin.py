class Three:
    def __index__(self):
        return 3

print(list(range(Three())))        # expect: [0, 1, 2]
print(bin(Three()), hex(Three()))  # expect: 0b11 0x3
print([0] * Three())               # expect: [0, 0, 0]
