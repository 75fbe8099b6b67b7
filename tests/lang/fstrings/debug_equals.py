x = 10
name = "bob"
print(f"{x=}")      # expect: x=10
print(f"{x + 1=}")  # expect: x + 1=11
print(f"{name=}")   # expect: name='bob'
print(f"{x = }")    # expect: x = 10
print(f"{x=:5}|")   # expect: x=   10|
