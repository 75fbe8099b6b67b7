class Resource:
    def __enter__(self):
        return "the resource"

    def __exit__(self, *args):
        return False

with Resource() as r:
    print(r)  # expect: the resource
print(r)      # expect: the resource
