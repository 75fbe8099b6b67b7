a = "foo"
b = "bar"
print(a + b)
print(a + " " + b)
c = ""
for word in ["x", "y", "z"]:
    c += word
print(c)
print("é" + "日")
# expect: foobar
# expect: foo bar
# expect: xyz
# expect: é日
