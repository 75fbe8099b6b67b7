class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise ValueError("from exit")

try:
    with Bad():
        raise KeyError("original")
except Exception as e:
    print(type(e).__name__, e)  # expect: ValueError from exit
