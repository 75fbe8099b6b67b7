def subject():
    print("evaluating subject")
    return 2

match subject():
    case 1:
        print("one")
    case 2:
        print("two")
# expect: evaluating subject
# expect: two
