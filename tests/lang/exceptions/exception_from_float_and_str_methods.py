try:
    float("abc")
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
# expect: could not convert string to float: 'abc'
# expect: substring not found
