def options(**kwargs):
    return kwargs

print(options())              # expect: {}
print(options(a=1, b="two"))  # expect: {'a': 1, 'b': 'two'}
def mixed(x, *args, **kwargs):
    print(x, args, kwargs)
mixed(1, 2, 3, key="v", flag=True)  # expect: 1 (2, 3) {'key': 'v', 'flag': True}
