def wrap(func):
    def wrapper(*args):
        return func(*args)
    wrapper.__name__ = func.__name__
    return wrapper

@wrap
def compute(a):
    return a

def plain(func):
    def wrapper():
        return func()
    return wrapper

@plain
def other():
    pass

print(compute.__name__, other.__name__)  # expect: compute wrapper
