class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

print("abcdef"[I(1):I(4)])      # expect: bcd
print([1, 2, 3, 4, 5][::I(2)])  # expect: [1, 3, 5]
