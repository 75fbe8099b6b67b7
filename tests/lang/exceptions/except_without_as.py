try:
    {}["x"]
except KeyError:
    print("key error without binding")  # expect: key error without binding
