err = Exception()
print(err.args)
raise err
# expect: ()
# expect runtime error: Exception
