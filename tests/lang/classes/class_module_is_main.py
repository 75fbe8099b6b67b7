class Point:
    pass


print(Point.__module__, Point().__module__)  # expect: __main__ __main__
print("__module__" in Point.__dict__)  # expect: True
