class P:
    def __str__(self):
        return "pee"

print(f"{P()}", format(P()), "{}".format(P()))
print(f"[{P()!s:>6}]")
# expect: pee pee pee
# expect: [   pee]
