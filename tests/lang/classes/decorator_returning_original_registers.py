registry = []

def register(func):
    registry.append(func.__name__)
    return func

@register
def alpha():
    return 1

@register
def beta():
    return 2

print(registry, alpha() + beta())  # expect: ['alpha', 'beta'] 3
