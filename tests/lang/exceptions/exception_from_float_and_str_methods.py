try:
    float("abc")
except ValueError as e:
    print(e)  # expect: could not convert string to float: 'abc'
try:
    "abc".index("z")
except ValueError as e:
    print(e)  # expect: substring not found
