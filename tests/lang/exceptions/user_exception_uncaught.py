class MyError(Exception):
    pass

print("working")
raise MyError("details")
# expect: working
# expect runtime error: MyError: details
