print(())                  # expect: ()
print((1,))                # expect: (1,)
print((1, 2, 3))           # expect: (1, 2, 3)
print(("a", (1, 2), [3]))  # expect: ('a', (1, 2), [3])
t = 4, 5
print(t)    # expect: (4, 5)
print((7))  # expect: 7
