print(list(range(0)), list(range(-3)))
print(list(range(5, 2)), list(range(2, 5, -1)))
print(len(range(5, 5)))
for i in range(3, 3):
    print("never")
print("done")
# expect: [] []
# expect: [] []
# expect: 0
# expect: done
