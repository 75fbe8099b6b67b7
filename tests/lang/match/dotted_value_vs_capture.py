class Const:
    LIMIT = 10

match 10:
    case Const.LIMIT:
        print("equals the constant")  # expect: equals the constant
match 11:
    case Const.LIMIT:
        print("no")
    case LIMIT:
        print("captured", LIMIT)  # expect: captured 11
