def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("failed", s)
    else:
        print("parsed", n)

parse("12")
parse("x")
# expect: parsed 12
# expect: failed x
