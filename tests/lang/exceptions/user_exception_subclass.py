class MyError(Exception):
    pass

try:
    raise MyError("something broke")
except MyError as e:
    print("caught:", e)
    print(type(e).__name__, isinstance(e, Exception))
# expect: caught: something broke
# expect: MyError True
