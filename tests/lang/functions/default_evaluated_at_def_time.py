x = 10
def show(value=x):
    return value
x = 20
print(show())  # expect: 10
print(x)       # expect: 20
