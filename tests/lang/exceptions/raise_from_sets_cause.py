try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as err:
    print(err)                  # expect: conversion failed
    print(repr(err.__cause__))  # expect: ValueError("invalid literal for int() with base 10: 'x'")
    print(type(err.__cause__).__name__)  # expect: ValueError
