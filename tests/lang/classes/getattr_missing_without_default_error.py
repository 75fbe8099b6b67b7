class P:
    def __init__(self):
        self.x = 1

p = P()
print(getattr(p, "x"))  # expect: 1
getattr(p, "nope")      # expect runtime error: AttributeError: 'P' object has no attribute 'nope'
