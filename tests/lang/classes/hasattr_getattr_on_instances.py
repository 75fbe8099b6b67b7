class P:
    def __init__(self):
        self.x = 1

p = P()
print(hasattr(p, "x"), hasattr(p, "y"))
print(getattr(p, "x"), getattr(p, "y", "default"))
# expect: True False
# expect: 1 default
