class Box:
    def __iter__(self):
        print("making iterator")
        return iter("xy")

it = iter(Box())
print(next(it), next(it))
# expect: making iterator
# expect: x y
