try:
    try:
        int("x")
    except KeyError:
        print("inner never")
    finally:
        print("inner finally")  # expect: inner finally
except ValueError:
    print("outer caught")  # expect: outer caught
