class Quiet:
    def __enter__(self):
        pass

    def __exit__(self, *args):
        pass

with Quiet() as q:
    print(q)  # expect: None
