class Pass:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)
        return False

try:
    with Pass():
        {}["k"]
    # expect: exit saw KeyError
except KeyError as e:
    print("caught outside", e)  # expect: caught outside 'k'
