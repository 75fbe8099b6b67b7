print("%5.2f|" % 3.14159)
print("%-5d|" % 42)
print("%05d" % 42)
print("%+d %+d" % (5, -5))
print("%x %X %o" % (255, 255, 8))
print("%e" % 12345.678)
print("%.3e" % 0.00012)
# expect:  3.14|
# expect: 42   |
# expect: 00042
# expect: +5 -5
# expect: ff FF 10
# expect: 1.234568e+04
# expect: 1.200e-04
