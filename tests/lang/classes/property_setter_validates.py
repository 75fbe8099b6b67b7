class Positive:
    def __init__(self, v):
        self.value = v

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        if v < 0:
            raise ValueError("negative")
        self._v = v

p = Positive(3)
print(p.value)  # expect: 3
try:
    p.value = -1
except ValueError as e:
    print("rejected:", e)  # expect: rejected: negative
print(p.value)             # expect: 3
