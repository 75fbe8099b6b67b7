for head, *tail in [[1, 2, 3], [4], "ab"]:
    print(head, tail)
# expect: 1 [2, 3]
# expect: 4 []
# expect: a ['b']
