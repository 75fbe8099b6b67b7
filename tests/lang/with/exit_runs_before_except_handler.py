class Mgr:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit runs first")

try:
    with Mgr():
        raise ValueError("v")
except ValueError:
    print("then handler")
# expect: exit runs first
# expect: then handler
