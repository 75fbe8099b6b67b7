match 42:
    case x:
        print("captured", x)
print(x)
# expect: captured 42
# expect: 42
