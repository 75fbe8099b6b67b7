class Broken:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *args):
        print("exit never runs")

try:
    with Broken():
        print("body never runs")
except RuntimeError as e:
    print("caught", e)  # expect: caught enter failed
