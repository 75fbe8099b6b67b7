class Name:
    def __str__(self):
        return "ann"

    def __repr__(self):
        return "Name('ann')"

n = Name()
print(f"{n}")
print(f"{n!r}")
print(f"{n!s}")
print(f"[{n}] [{n!r}]")
# expect: ann
# expect: Name('ann')
# expect: ann
# expect: [ann] [Name('ann')]
