class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("compare", self.v, other.v)
        return self.v < other.v

print(V(1) < V(2) < V(3))
# expect: compare 1 2
# expect: compare 2 3
# expect: True
print(V(3) < V(1) < V(2))
# expect: compare 3 1
# expect: False
