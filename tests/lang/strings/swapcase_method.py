print("Hello World".swapcase())  # expect: hELLO wORLD
print("ABC def 123".swapcase())  # expect: abc DEF 123
print("ß".swapcase())            # expect: SS
