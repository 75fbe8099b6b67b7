print(float("1.5"))  # expect: 1.5
print(float("one"))  # expect runtime error: ValueError: could not convert string to float: 'one'
