a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))                # expect: True False
print({1: [1]} == {1: [1]}, {1: 1} == {1: 1.0})  # expect: True True
