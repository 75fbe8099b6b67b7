d = {"a": 1, "b": 2}
for k in d:
    print(k)  # expect: a
    d["c"] = 3
# expect runtime error: RuntimeError: dictionary changed size during iteration
