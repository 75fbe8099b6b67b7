class P:
    def __init__(self):
        self.x = 1

p = P()
print(hasattr(p, "x"), hasattr(p, "y"))             # expect: True False
print(getattr(p, "x"), getattr(p, "y", "default"))  # expect: 1 default
