SCALE = 3
def scaled(x):
    return x * SCALE

print(scaled(2))  # expect: 6
SCALE = 10
print(scaled(2))  # expect: 20
