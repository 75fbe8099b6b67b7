print(chr(65), chr(48), chr(0x263A), chr(128512) == "\U0001F600")  # expect: A 0 ☺ True
print(ord("A"), ord("0"), ord(" "), ord("\n"))                     # expect: 65 48 32 10
print(ord(chr(1000)))                                              # expect: 1000
print("".join(chr(c) for c in range(97, 102)))                     # expect: abcde
