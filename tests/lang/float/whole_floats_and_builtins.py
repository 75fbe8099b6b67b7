print(3.0 == int(3.0), 3.5 == int(3.5))  # expect: True False
print(abs(-2.5))                         # expect: 2.5
print(max(1.5, 2), min(1.5, 2))          # expect: 2 1.5
print(sum([0.5, 0.25, 0.125]))           # expect: 0.875
