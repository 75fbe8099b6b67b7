def area(width, height, depth):
    return width * height * depth

print(area(1, 2, 3))
area(1)
# expect: 6
# expect runtime error: TypeError: area() missing 2 required positional arguments: 'height' and 'depth'
