class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(self.name, "saw", exc_type.__name__ if exc_type else None)
        return self.name == "outer"

with Named("outer"), Named("inner"):
    raise ValueError("x")
# expect: inner saw ValueError
# expect: outer saw ValueError
print("done")  # expect: done
