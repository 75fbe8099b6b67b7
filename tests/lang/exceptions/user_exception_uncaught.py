class MyError(Exception):
    pass

print("working")          # expect: working
raise MyError("details")  # expect runtime error: MyError: details
