def check(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        print("zero!")
        raise e

check(0)
