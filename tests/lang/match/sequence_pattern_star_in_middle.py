match [1, 2, 3, 4, 5]:
    case [first, *middle, last]:
        print(first, middle, last)  # expect: 1 [2, 3, 4] 5
match "ab", "cd":
    case (a, *_, b):
        print(a, b)  # expect: ab cd
