class P:
    def __str__(self):
        return "pee"

print(f"{P()}", format(P()), "{}".format(P()))  # expect: pee pee pee
print(f"[{P()!s:>6}]")                          # expect: [   pee]
