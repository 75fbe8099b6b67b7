print(f"{True} {False:} {True:d} {True:>6}|")  # expect: True False 1      1|
print(f"{None}", format(None))                 # expect: None None
print(f"{True:.1f}")                           # expect: 1.0
