print("%5.2f|" % 3.14159)          # expect:  3.14|
print("%-5d|" % 42)                # expect: 42   |
print("%05d" % 42)                 # expect: 00042
print("%+d %+d" % (5, -5))         # expect: +5 -5
print("%x %X %o" % (255, 255, 8))  # expect: ff FF 10
print("%e" % 12345.678)            # expect: 1.234568e+04
print("%.3e" % 0.00012)            # expect: 1.200e-04
