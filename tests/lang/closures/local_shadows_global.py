x = "global"
def f():
    x = "local"
    return x

print(f(), x)  # expect: local global
def g(x):
    return x
print(g("param"), x)  # expect: param global
