# Frames in an imported module show its lines.
import shapes

print(shapes.describe({"name": "circle", "radius": 2}))
