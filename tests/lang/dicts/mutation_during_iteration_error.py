d = {"a": 1, "b": 2}
for k in d:
    print(k)
    d["c"] = 3
# expect: a
# expect runtime error: RuntimeError: dictionary changed size during iteration
