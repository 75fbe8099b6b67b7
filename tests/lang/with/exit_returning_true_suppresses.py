class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return True

with Suppress():
    print("before error")  # expect: before error
    1 / 0
    print("never printed")
print("suppressed")  # expect: suppressed
