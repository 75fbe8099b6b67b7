items = [1, 2]
items.apend(3)  # expect runtime error: AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?
