try:
    raise KeyError("k")
except:
    print("bare except")  # expect: bare except
