class V:
    def __repr__(self):
        return "V()"

v = V()
print(v, str(v), repr(v))  # expect: V() V() V()
print(f"{v}")              # expect: V()
