class P:
    def __init__(self):
        self.x = 1

p = P()
print(getattr(p, "x"))
getattr(p, "nope")
# expect: 1
# expect runtime error: AttributeError: 'P' object has no attribute 'nope'
