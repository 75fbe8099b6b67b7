class Plain:
    pass

print(bool(Plain()))
if Plain():
    print("truthy")
# expect: True
# expect: truthy
