print("%d" % 3.99)               # expect: 3
print("%i" % -7)                 # expect: -7
print("%c%c" % (72, "i"))        # expect: Hi
print("%g %g" % (0.0001, 1e20))  # expect: 0.0001 1e+20
print("%#x %#o" % (255, 8))      # expect: 0xff 0o10
