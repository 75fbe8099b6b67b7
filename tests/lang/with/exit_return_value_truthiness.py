class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return "non-empty string"

with Truthy():
    raise KeyError("k")
print("suppressed by truthy value")  # expect: suppressed by truthy value
