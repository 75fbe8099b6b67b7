try:
    raise ValueError("original")
finally:
    print("in finally")
    raise TypeError("from finally")
# expect: in finally
# expect runtime error: TypeError: from finally
