x = 3.14159
name = "ann"
print(f"{x=:.2f}")        # expect: x=3.14
print(f"{name=!s}")       # expect: name=ann
print(f"{name=:>6}")      # expect: name=   ann
print(f"{x * 2 = :.1f}")  # expect: x * 2 = 6.3
