class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.caught = exc
        return True

with Suppress() as s:
    raise ValueError("kept for later")
print(repr(s.caught))  # expect: ValueError('kept for later')
