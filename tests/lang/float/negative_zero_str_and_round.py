z = -0.0
print(z, z == 0.0, str(z), repr(0.0 * -1))    # expect: -0.0 True -0.0 -0.0
print(1 / float("inf") == -0.0, round(-0.4))  # expect: True 0
