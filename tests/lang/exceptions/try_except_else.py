def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("failed", s)
    else:
        print("parsed", n)

parse("12")  # expect: parsed 12
parse("x")   # expect: failed x
