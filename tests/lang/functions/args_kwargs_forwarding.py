def target(a, b=0, *rest, key=None):
    return f"a={a} b={b} rest={rest} key={key}"

def wrapper(*args, **kwargs):
    return target(*args, **kwargs)

print(wrapper(1))                    # expect: a=1 b=0 rest=() key=None
print(wrapper(1, 2, 3, 4, key="k"))  # expect: a=1 b=2 rest=(3, 4) key=k
print(wrapper(b=5, a=6))             # expect: a=6 b=5 rest=() key=None
