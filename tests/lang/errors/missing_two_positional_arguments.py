def area(width, height, depth):
    return width * height * depth

print(area(1, 2, 3))  # expect: 6
area(1)
# expect runtime error: TypeError: area() missing 2 required positional arguments: 'height' and 'depth'
