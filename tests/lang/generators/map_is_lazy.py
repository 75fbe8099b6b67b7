def shout(x):
    print("call", x)
    return x.upper()

m = map(shout, ["a", "b"])
print("mapped")  # expect: mapped
print(next(m))
# expect: call a
# expect: A
print(list(m))
# expect: call b
# expect: ['B']
