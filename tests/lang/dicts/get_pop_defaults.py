d = {"a": 1}
print(d.get("b"), d.get("b", 0), d.pop("b", "none"))  # expect: None 0 none
print(d.pop("a"), d)                                  # expect: 1 {}
