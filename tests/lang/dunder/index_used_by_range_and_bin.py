class Three:
    def __index__(self):
        return 3

print(list(range(Three())))
print(bin(Three()), hex(Three()))
print([0] * Three())
# expect: [0, 1, 2]
# expect: 0b11 0x3
# expect: [0, 0, 0]
