print(f"{True} {False:} {True:d} {True:>6}|")
print(f"{None}", format(None))
print(f"{True:.1f}")
# expect: True False 1      1|
# expect: None None
# expect: 1.0
