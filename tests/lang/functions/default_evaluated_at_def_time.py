x = 10
def show(value=x):
    return value
x = 20
print(show())
print(x)
# expect: 10
# expect: 20
