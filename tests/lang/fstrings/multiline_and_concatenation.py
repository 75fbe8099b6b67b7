a = 1
b = 2
s = (f"a={a}, "
     "plain, "
     f"b={b}")
print(s)
print(f"{a}" f"{b}" "3")
# expect: a=1, plain, b=2
# expect: 123
