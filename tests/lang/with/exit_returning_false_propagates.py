class Pass:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)
        return False

try:
    with Pass():
        {}["k"]
except KeyError as e:
    print("caught outside", e)
# expect: exit saw KeyError
# expect: caught outside 'k'
