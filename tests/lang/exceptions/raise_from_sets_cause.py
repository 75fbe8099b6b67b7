try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as err:
    print(err)
    print(repr(err.__cause__))
    print(type(err.__cause__).__name__)
# expect: conversion failed
# expect: ValueError("invalid literal for int() with base 10: 'x'")
# expect: ValueError
