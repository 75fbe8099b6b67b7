def cond(i):
    if i == 2:
        raise RuntimeError("cond failed")
    return True

i = 0
try:
    while cond(i):
        print("loop", i)
        i += 1
    # expect: loop 0
    # expect: loop 1
except RuntimeError as e:
    print(e)  # expect: cond failed
