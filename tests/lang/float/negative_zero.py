z = -0.0
print(z)
print(z == 0.0)
print(0.0 * -1)
print(-0.0 + 0.0)
print(abs(z))
# expect: -0.0
# expect: True
# expect: -0.0
# expect: 0.0
# expect: 0.0
