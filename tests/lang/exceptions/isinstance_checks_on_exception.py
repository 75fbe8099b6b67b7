try:
    {}["x"]
except Exception as e:
    print(isinstance(e, KeyError), isinstance(e, LookupError))      # expect: True True
    print(isinstance(e, IndexError), isinstance(e, BaseException))  # expect: False True
