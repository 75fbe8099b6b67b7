# Regression (difftest): messages were cut at 511 bytes, so "X is not in list" with a big X
# lost its end (and could end inside a UTF-8 sequence).
big = 7 ** 1000
try:
    [1].index(big)
except ValueError as e:
    print(str(e)[-20:], len(str(e)))  # expect: 00001 is not in list 861
try:
    [1].remove("é" * 400)
except ValueError as e:
    print(len(str(e)), str(e)[-15:])  # expect: 29 : x not in list
try:
    getattr(1, "é" * 300)
except AttributeError as e:
    print(len(str(e)), str(e)[-5:])  # expect: 332 éééé'
