def area(w, h):
    """Return the area of a w x h rectangle."""
    return w * h

def perimeter(w, h):
    """Return the perimeter.

    Works for any rectangle.
    """
    return 2 * (w + h)

def nodoc():
    return 0

class Shape:
    """A geometric shape."""
    def scale(self, k):
        "Scale by k."
        return k

for fn in (area, perimeter, nodoc, Shape.scale):
    doc = fn.__doc__
    first = doc.strip().splitlines()[0] if doc else "(no docs)"
    print(f"{fn.__name__:<10} {first}")
# expect: area       Return the area of a w x h rectangle.
# expect: perimeter  Return the perimeter.
# expect: nodoc      (no docs)
# expect: scale      Scale by k.
print(Shape.__doc__)                        # expect: A geometric shape.
print(len(perimeter.__doc__.splitlines()))  # expect: 4
