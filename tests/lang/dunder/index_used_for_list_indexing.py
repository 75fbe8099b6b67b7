class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i

items = ["a", "b", "c", "d"]
print(items[Idx(1)], items[Idx(-1)])  # expect: b d
print("xyz"[Idx(2)], (5, 6)[Idx(0)])  # expect: z 5
