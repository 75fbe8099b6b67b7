def register(func):
    return func.handlers

@register
def handler():
    pass
