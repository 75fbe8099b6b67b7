try:
    raise ValueError("original")
finally:
    print("in finally")              # expect: in finally
    raise TypeError("from finally")  # expect runtime error: TypeError: from finally
