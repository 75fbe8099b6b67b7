s = "filename.py"
print(s.startswith("file"), s.startswith("name"))
print(s.endswith(".py"), s.endswith(".txt"))
print(s.endswith((".txt", ".py")))
print(s.startswith(""))
# expect: True False
# expect: True False
# expect: True
# expect: True
