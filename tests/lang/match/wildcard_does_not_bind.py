match "anything":
    case _:
        print("wildcard matched")
try:
    print(_)
except NameError as e:
    print(e)
# expect: wildcard matched
# expect: name '_' is not defined
