match (2, "x"):
    case (1, v) | (2, v):
        print("v is", v)  # expect: v is x
