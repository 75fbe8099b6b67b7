def check(values):
    for v in values:
        if v < 0:
            print("negative value found:", v)
            return False
    return True

data = [3, 1, 4, 1, 5]
if not check(data):
    exit(1)
print("all good, total", sum(data))  # expect: all good, total 14
data.append(-9)
if not check(data):
    print("stopping")
    exit()
# expect: negative value found: -9
# expect: stopping
print("never printed")
