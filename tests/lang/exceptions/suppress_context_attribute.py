# Regression (difftest): e.__suppress_context__ was an AttributeError; `raise ... from`
# sets it (from None too), a plain raise leaves it False.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e.__suppress_context__, e.__cause__)  # expect: True division by zero
try:
    raise KeyError("k")
except KeyError as e:
    print(e.__suppress_context__)  # expect: False
try:
    try:
        [].pop()
    except IndexError:
        raise ValueError("quiet") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)  # expect: True None IndexError
