x = "global"
def f():
    x = "local"
    return x

print(f(), x)
def g(x):
    return x
print(g("param"), x)
# expect: local global
# expect: param global
