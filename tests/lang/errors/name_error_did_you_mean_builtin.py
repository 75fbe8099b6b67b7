prnt("hello")  # expect runtime error: NameError: name 'prnt' is not defined. Did you mean: 'print'?
