value = 5
match value:
    case 1:
        print("one")
    case 2:
        print("two")
print("after match")  # expect: after match
