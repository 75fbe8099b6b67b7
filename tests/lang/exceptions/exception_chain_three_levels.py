try:
    try:
        try:
            raise KeyError("a")
        except KeyError as e:
            raise ValueError("b") from e
    except ValueError as e:
        raise TypeError("c") from e
except TypeError as e:
    print(e, "<-", e.__cause__, "<-", e.__cause__.__cause__)  # expect: c <- b <- 'a'
