def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def ping(x):
    return x + 1

print(ping(1))  # expect: [2, 2, 2]
