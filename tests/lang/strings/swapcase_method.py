print("Hello World".swapcase())
print("ABC def 123".swapcase())
print("ß".swapcase())
# expect: hELLO wORLD
# expect: abc DEF 123
# expect: SS
