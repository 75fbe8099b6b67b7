class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        super().__setattr__(name, value)

o = Logged()
o.x = 1          # expect: set x = 1
o.y = "two"      # expect: set y = two
print(o.x, o.y)  # expect: 1 two
