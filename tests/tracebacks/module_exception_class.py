# An exception class of a module is named with the module, as in CPython.
import shapes

shapes.check({"name": "circle", "radius": -1})
