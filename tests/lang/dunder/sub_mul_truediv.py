class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __truediv__(self, k):
        return V(self.x / k)

    def __repr__(self):
        return f"V({self.x})"

print(V(10) - V(3), V(2) * 5, V(9) / 2)  # expect: V(7) V(10) V(4.5)
