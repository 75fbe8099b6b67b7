def shout(x):
    print("call", x)
    return x.upper()

m = map(shout, ["a", "b"])
print("mapped")
print(next(m))
print(list(m))
# expect: mapped
# expect: call a
# expect: A
# expect: call b
# expect: ['B']
