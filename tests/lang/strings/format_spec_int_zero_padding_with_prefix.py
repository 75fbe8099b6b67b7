print(f"{5:#010b}")
print(f"{255:#06x}")
print(f"{-42:06d}")
print(f"{42:+06d}")
# expect: 0b00000101
# expect: 0x00ff
# expect: -00042
# expect: +00042
