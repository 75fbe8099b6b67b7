def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("a"))                         # expect: a:80 secure=False
print(connect("b", port=443, secure=True))  # expect: b:443 secure=True
def after_args(*names, sep):
    return sep.join(names)
print(after_args("x", "y", "z", sep="-"))  # expect: x-y-z
