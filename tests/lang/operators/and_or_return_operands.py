# and/or return one of their operands, not necessarily a bool.
print(0 or "default")        # expect: default
print("value" or "default")  # expect: value
print(0 and "never")         # expect: 0
print(5 and "second")        # expect: second
print([] or {} or "last")    # expect: last
print(None and 1)            # expect: None
print(1 and 2 and 3)         # expect: 3
