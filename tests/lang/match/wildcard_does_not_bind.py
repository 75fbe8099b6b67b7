match "anything":
    case _:
        print("wildcard matched")  # expect: wildcard matched
try:
    print(_)
except NameError as e:
    print(e)  # expect: name '_' is not defined
