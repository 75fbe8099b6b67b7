class P:
    pass

print(type(P))
print(type(P) is type)
print(type(int))
# expect: <class 'type'>
# expect: True
# expect: <class 'type'>
