class Wrapper:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        return self.data[key]

w = Wrapper([10, 20, 30, 40, 50])
print(w[1], w[-1], w[1:4], w[::2])  # expect: 20 50 [20, 30, 40] [10, 30, 50]
