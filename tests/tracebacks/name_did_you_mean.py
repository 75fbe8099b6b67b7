# A NameError offers the nearest name: a local, else a global, else a builtin.
def area(width, height):
    return widht * height

length = 3
print(lenght)
