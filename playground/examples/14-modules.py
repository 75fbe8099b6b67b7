# Code modules: import a Python file that sits next to the program (geometry.py).
import geometry
from geometry import Vector, circle_area

print(f"{circle_area(2):.4f}")
print(Vector(1, 2) + Vector(3, 4))
print(geometry.PI > 3)
