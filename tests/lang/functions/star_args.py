def total(*args):
    print(type(args), len(args))
    return sum(args)

print(total())
# expect: <class 'tuple'> 0
# expect: 0
print(total(1, 2, 3))
# expect: <class 'tuple'> 3
# expect: 6
def head_and_rest(first, *rest):
    return first, rest
print(head_and_rest(1), head_and_rest(1, 2, 3))  # expect: (1, ()) (1, (2, 3))
