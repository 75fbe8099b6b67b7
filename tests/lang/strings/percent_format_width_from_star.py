print("[%*d]" % (5, 42))
print("[%-*s]" % (4, "a"))
print("[%.*f]" % (2, 3.14159))
# expect: [   42]
# expect: [a   ]
# expect: [3.14]
