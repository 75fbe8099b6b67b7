class MyError(Exception):
    pass

try:
    raise MyError("something broke")
except MyError as e:
    print("caught:", e)                                # expect: caught: something broke
    print(type(e).__name__, isinstance(e, Exception))  # expect: MyError True
