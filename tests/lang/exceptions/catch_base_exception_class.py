class Custom(BaseException):
    pass

try:
    try:
        raise Custom("base")
    except Exception:
        print("Exception does not catch it")
except BaseException as e:
    print("BaseException caught", type(e).__name__)  # expect: BaseException caught Custom
