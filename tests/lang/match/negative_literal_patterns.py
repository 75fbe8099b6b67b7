for t in [-5, 0, 5]:
    match t:
        case -5:
            print("minus five")  # expect: minus five
        case 0:
            print("zero")  # expect: zero
        case 5:
            print("five")  # expect: five
