class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *args):
        pass

with Pair() as (a, b):
    print(a + b)  # expect: 3
