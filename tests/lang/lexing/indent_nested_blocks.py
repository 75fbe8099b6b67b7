# Each deeper indentation level opens a block; dedenting closes it.
x = 5
if x > 0:
    print("positive")
    if x > 3:
        print("big")
        if x > 4:
            print("bigger")
    print("back to level 1")
print("top level")
# expect: positive
# expect: big
# expect: bigger
# expect: back to level 1
# expect: top level
