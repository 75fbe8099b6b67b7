settings = {"mode": "fast"}
for key in ["mode", "level"]:
    match settings.get(key):
        case None:
            print(key, "missing")
        case value:
            print(key, "=", value)
# expect: mode = fast
# expect: level missing
