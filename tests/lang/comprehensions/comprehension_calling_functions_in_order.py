def trace(x):
    print("visit", x)
    return x

print([trace(x) for x in range(3) if trace(x) % 2 == 0])
# expect: visit 0
# expect: visit 0
# expect: visit 1
# expect: visit 2
# expect: visit 2
# expect: [0, 2]
