s = "filename.py"
print(s.startswith("file"), s.startswith("name"))  # expect: True False
print(s.endswith(".py"), s.endswith(".txt"))       # expect: True False
print(s.endswith((".txt", ".py")))                 # expect: True
print(s.startswith(""))                            # expect: True
