d = {"a": 1}
print(d.get("b"), d.get("b", 0), d.pop("b", "none"))
print(d.pop("a"), d)
# expect: None 0 none
# expect: 1 {}
