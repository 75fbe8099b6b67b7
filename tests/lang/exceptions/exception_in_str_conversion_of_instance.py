class Bad:
    def __str__(self):
        raise RuntimeError("cannot stringify")

try:
    print(Bad())
except RuntimeError as e:
    print("caught:", e)  # expect: caught: cannot stringify
