try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as v:
    print(type(v.__cause__).__name__, type(v.__context__).__name__, v.__suppress_context__)  # expect: ZeroDivisionError ZeroDivisionError True
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as v:
    print(v.__cause__, type(v.__context__).__name__, v.__suppress_context__)  # expect: None ZeroDivisionError True
