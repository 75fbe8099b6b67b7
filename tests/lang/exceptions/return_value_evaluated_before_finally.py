def f():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

def g():
    n = 1
    try:
        return n
    finally:
        n = 100

print(f(), g())  # expect: [1, 2] 1
