try:
    raise ValueError("x")
except ValueError as e:
    print(e.__cause__, e.__context__)  # expect: None None
