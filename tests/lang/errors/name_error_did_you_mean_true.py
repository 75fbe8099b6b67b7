done = true  # expect runtime error: NameError: name 'true' is not defined. Did you mean: 'True'?
