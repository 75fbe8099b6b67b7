def nothing():
    pass

def early(x):
    if x:
        return
    print("not early")

print(nothing())
print(early(True))
print(early(False))
# expect: None
# expect: None
# expect: not early
# expect: None
