x = "global"
def outer():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x

print(outer(), x)  # expect: ('inner', 'outer') global
