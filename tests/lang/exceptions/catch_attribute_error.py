try:
    (5).append(1)
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'append'
