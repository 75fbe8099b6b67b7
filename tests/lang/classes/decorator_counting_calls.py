def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def work(x):
    return x * 2

work(1)
work(2)
print(work(3), work.calls)  # expect: 6 3
