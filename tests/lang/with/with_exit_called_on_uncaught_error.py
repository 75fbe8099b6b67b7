class Mgr:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__)

with Mgr():
    int("abc")
# expect: exit with ValueError
# expect runtime error: ValueError: invalid literal for int() with base 10: 'abc'
