err = Exception()
print(err.args)  # expect: ()
raise err        # expect runtime error: Exception
