for t in [-5, 0, 5]:
    match t:
        case -5:
            print("minus five")
        case 0:
            print("zero")
        case 5:
            print("five")
# expect: minus five
# expect: zero
# expect: five
