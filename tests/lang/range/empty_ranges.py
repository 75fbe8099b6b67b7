print(list(range(0)), list(range(-3)))           # expect: [] []
print(list(range(5, 2)), list(range(2, 5, -1)))  # expect: [] []
print(len(range(5, 5)))                          # expect: 0
for i in range(3, 3):
    print("never")
print("done")  # expect: done
