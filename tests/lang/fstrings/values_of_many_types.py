print(f"{None} {True} {False}")       # expect: None True False
print(f"{1.0} {0.1 + 0.2} {1e20}")    # expect: 1.0 0.30000000000000004 1e+20
print(f"{[1, 2]} {(3,)} {{'a': 1}}")  # expect: [1, 2] (3,) {'a': 1}
print(f"{ {'a': 1} }")                # expect: {'a': 1}
print(f"{2**70}")                     # expect: 1180591620717411303424
