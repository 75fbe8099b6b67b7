a = 1
b = 2
s = (f"a={a}, "
     "plain, "
     f"b={b}")
print(s)                  # expect: a=1, plain, b=2
print(f"{a}" f"{b}" "3")  # expect: 123
