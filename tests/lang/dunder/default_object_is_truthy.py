class Plain:
    pass

print(bool(Plain()))  # expect: True
if Plain():
    print("truthy")  # expect: truthy
