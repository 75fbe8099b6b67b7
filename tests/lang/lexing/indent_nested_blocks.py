# Each deeper indentation level opens a block; dedenting closes it.
x = 5
if x > 0:
    print("positive")  # expect: positive
    if x > 3:
        print("big")  # expect: big
        if x > 4:
            print("bigger")   # expect: bigger
    print("back to level 1")  # expect: back to level 1
print("top level")            # expect: top level
