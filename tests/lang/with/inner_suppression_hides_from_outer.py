class Mgr:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(self.name, exc_type is not None)
        return self.suppress

with Mgr("outer", False):
    with Mgr("inner", True):
        raise TypeError("t")
    # expect: inner True
# expect: outer False
print("after")  # expect: after
