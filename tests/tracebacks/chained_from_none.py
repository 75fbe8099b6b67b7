def parse(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("expected digits") from None

parse("x")
