try:
    try:
        int("x")
    except KeyError:
        print("inner never")
    finally:
        print("inner finally")
except ValueError:
    print("outer caught")
# expect: inner finally
# expect: outer caught
