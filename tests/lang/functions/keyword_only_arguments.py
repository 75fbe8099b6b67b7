def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("a"))
print(connect("b", port=443, secure=True))
def after_args(*names, sep):
    return sep.join(names)
print(after_args("x", "y", "z", sep="-"))
# expect: a:80 secure=False
# expect: b:443 secure=True
# expect: x-y-z
