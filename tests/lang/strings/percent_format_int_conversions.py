print("%d" % 3.99)
print("%i" % -7)
print("%c%c" % (72, "i"))
print("%g %g" % (0.0001, 1e20))
print("%#x %#o" % (255, 8))
# expect: 3
# expect: -7
# expect: Hi
# expect: 0.0001 1e+20
# expect: 0xff 0o10
