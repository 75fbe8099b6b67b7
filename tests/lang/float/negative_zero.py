z = -0.0
print(z)           # expect: -0.0
print(z == 0.0)    # expect: True
print(0.0 * -1)    # expect: -0.0
print(-0.0 + 0.0)  # expect: 0.0
print(abs(z))      # expect: 0.0
