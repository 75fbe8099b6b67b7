try:
    raise ValueError("naïve café ✓")
except ValueError as e:
    print(e)  # expect: naïve café ✓
