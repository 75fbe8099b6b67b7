name = "report.csv"
print(name.startswith(("rep", "sum")))  # expect: True
print(name.endswith((".txt", ".csv")))  # expect: True
print(name.endswith(()))                # expect: False
