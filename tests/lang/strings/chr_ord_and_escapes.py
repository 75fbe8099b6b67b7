print(len("\n\t\\"), ord("\t"), chr(0x41))
print("\x41\u0042\x63")
print(r"raw\n" + "\\n")
# expect: 3 9 A
# expect: ABc
# expect: raw\n\n
