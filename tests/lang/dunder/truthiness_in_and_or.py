class Z:
    def __bool__(self):
        return False

    def __repr__(self):
        return "Z"

print(Z() or "fallback")
print(Z() and "never")
print([x for x in [Z(), 1, Z()] if x])
# expect: fallback
# expect: Z
# expect: [1]
