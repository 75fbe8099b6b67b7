# Python 2 print.
name = "Ada"
print "hello", name
