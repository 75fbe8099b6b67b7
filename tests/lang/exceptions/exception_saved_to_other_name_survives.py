saved = None
try:
    raise ValueError("kept")
except ValueError as e:
    saved = e
print(saved, type(saved).__name__)  # expect: kept ValueError
