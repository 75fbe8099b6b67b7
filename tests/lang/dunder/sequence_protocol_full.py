class MyList:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __repr__(self):
        return f"MyList{tuple(self.items)}"

m = MyList(3, 1, 2)
print(len(m), m[0], m[-1], sorted(m), list(reversed(m)))  # expect: 3 3 2 [1, 2, 3] [2, 1, 3]
print(m)                                                  # expect: MyList(3, 1, 2)
