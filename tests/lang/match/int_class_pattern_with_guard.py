match 7:
    case int(n) if n % 2:
        print(n, "is odd")  # expect: 7 is odd
    case int(n):
        print(n, "is even")
