# and/or return one of their operands, not necessarily a bool.
print(0 or "default")
print("value" or "default")
print(0 and "never")
print(5 and "second")
print([] or {} or "last")
print(None and 1)
print(1 and 2 and 3)
# expect: default
# expect: value
# expect: 0
# expect: second
# expect: last
# expect: None
# expect: 3
