def ratio(a, b):
    return a / b

def report(values):
    print("ratio:", ratio(values[0], values[1]))

report([1, 0])
