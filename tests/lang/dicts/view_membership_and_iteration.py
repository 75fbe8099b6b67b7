d = {"a": 1, "b": 2}
print("a" in d.keys(), 1 in d.values(), ("b", 2) in d.items(), ("b", 3) in d.items())
# expect: True True True False
for k, v in d.items():
    print(k, v)
# expect: a 1
# expect: b 2
