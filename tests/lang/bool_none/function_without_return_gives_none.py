def nothing():
    pass

def early(x):
    if x:
        return
    print("not early")

print(nothing())    # expect: None
print(early(True))  # expect: None
print(early(False))
# expect: not early
# expect: None
