class Mgr:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit runs first")

try:
    with Mgr():
        raise ValueError("v")
    # expect: exit runs first
except ValueError:
    print("then handler")  # expect: then handler
