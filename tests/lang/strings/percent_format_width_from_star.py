print("[%*d]" % (5, 42))        # expect: [   42]
print("[%-*s]" % (4, "a"))      # expect: [a   ]
print("[%.*f]" % (2, 3.14159))  # expect: [3.14]
