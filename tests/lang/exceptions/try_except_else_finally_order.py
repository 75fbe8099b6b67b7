for s in ["5", "x"]:
    try:
        print("try", s)
        v = int(s)
    except ValueError:
        print("except")
    else:
        print("else", v)
    finally:
        print("finally")
# expect: try 5
# expect: else 5
# expect: finally
# expect: try x
# expect: except
# expect: finally
