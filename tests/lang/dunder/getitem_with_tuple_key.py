class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c

g = Grid()
print(g[2, 3], g[(0, 7)])  # expect: 23 7
