match [10, 20]:
    case [first, second]:
        pass
print(first, second)  # expect: 10 20
