class Z:
    def __bool__(self):
        return False

    def __repr__(self):
        return "Z"

print(Z() or "fallback")                # expect: fallback
print(Z() and "never")                  # expect: Z
print([x for x in [Z(), 1, Z()] if x])  # expect: [1]
