class Wrapper:
    def __init__(self, inner):
        self.inner = inner

    def __getattr__(self, name):
        return getattr(self.inner, name)

w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w.inner, w.count(1))  # expect: [0, 1, 2, 3] 1
