class V:
    def __repr__(self):
        return "V()"

v = V()
print(v, str(v), repr(v))
print(f"{v}")
# expect: V() V() V()
# expect: V()
