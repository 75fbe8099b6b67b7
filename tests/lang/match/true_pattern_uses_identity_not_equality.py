match 1:
    case True:
        print("matched True")
    case 1:
        print("matched 1")  # expect: matched 1
match 1.0:
    case 1:
        print("1.0 matches literal 1")  # expect: 1.0 matches literal 1
