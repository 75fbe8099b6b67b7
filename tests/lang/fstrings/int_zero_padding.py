for n in [1, 42, 123]:
    print(f"{n:03d}|{n:>5d}|{n:<5d}|")
# expect: 001|    1|1    |
# expect: 042|   42|42   |
# expect: 123|  123|123  |
print(f"{-7:04d}")  # expect: -007
