try:
    print("body")
    {}["k"]
finally:
    print("finally")
# expect: body
# expect: finally
# expect runtime error: KeyError: 'k'
