class Name:
    def __str__(self):
        return "ann"

    def __repr__(self):
        return "Name('ann')"

n = Name()
print(f"{n}")            # expect: ann
print(f"{n!r}")          # expect: Name('ann')
print(f"{n!s}")          # expect: ann
print(f"[{n}] [{n!r}]")  # expect: [ann] [Name('ann')]
