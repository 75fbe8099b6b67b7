print(len("\n\t\\"), ord("\t"), chr(0x41))  # expect: 3 9 A
print("\x41\u0042\x63")                     # expect: ABc
print(r"raw\n" + "\\n")                     # expect: raw\n\n
