def split3(s):
    a, b, c = s.split(",")
    return c

print(split3("x,y,z"))  # expect: z
split3("x,y")  # expect runtime error: ValueError: not enough values to unpack (expected 3, got 2)
