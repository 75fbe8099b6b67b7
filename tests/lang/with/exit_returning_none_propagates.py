class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("cleaning up")

with Manager():
    raise RuntimeError("not suppressed")
# expect: cleaning up
# expect runtime error: RuntimeError: not suppressed
