class Box:
    def __iter__(self):
        print("making iterator")
        return iter("xy")

it = iter(Box())           # expect: making iterator
print(next(it), next(it))  # expect: x y
