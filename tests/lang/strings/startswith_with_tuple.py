name = "report.csv"
print(name.startswith(("rep", "sum")))
print(name.endswith((".txt", ".csv")))
print(name.endswith(()))
# expect: True
# expect: True
# expect: False
