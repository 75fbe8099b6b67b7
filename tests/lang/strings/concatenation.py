a = "foo"
b = "bar"
print(a + b)        # expect: foobar
print(a + " " + b)  # expect: foo bar
c = ""
for word in ["x", "y", "z"]:
    c += word
print(c)          # expect: xyz
print("é" + "日")  # expect: é日
