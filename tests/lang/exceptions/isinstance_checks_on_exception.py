try:
    {}["x"]
except Exception as e:
    print(isinstance(e, KeyError), isinstance(e, LookupError))
    print(isinstance(e, IndexError), isinstance(e, BaseException))
# expect: True True
# expect: False True
