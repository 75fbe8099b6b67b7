class Cells:
    def __init__(self):
        self.data = [0, 0]

    def __getitem__(self, i):
        print("get", i)
        return self.data[i]

    def __setitem__(self, i, v):
        print("set", i, v)
        self.data[i] = v

c = Cells()
c[1] += 5
# expect: get 1
# expect: set 1 5
print(c.data)  # expect: [0, 5]
