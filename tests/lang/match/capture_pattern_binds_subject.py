match 42:
    case x:
        print("captured", x)  # expect: captured 42
print(x)                      # expect: 42
