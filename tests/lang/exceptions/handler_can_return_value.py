def to_int(s, default=0):
    try:
        return int(s)
    except ValueError:
        return default
    finally:
        print("tried", repr(s))

print(to_int("7"), to_int("x", -1))
# expect: tried '7'
# expect: tried 'x'
# expect: 7 -1
