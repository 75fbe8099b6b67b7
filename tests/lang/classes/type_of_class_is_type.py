class P:
    pass

print(type(P))          # expect: <class 'type'>
print(type(P) is type)  # expect: True
print(type(int))        # expect: <class 'type'>
