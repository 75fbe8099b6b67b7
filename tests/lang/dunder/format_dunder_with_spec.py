class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"

t = Temp(100)
print(f"{t}", f"{t:f}")            # expect: 100.0C 212.0F
print("{:f} and {}".format(t, t))  # expect: 212.0F and 100.0C
print(format(t, "f"))              # expect: 212.0F
