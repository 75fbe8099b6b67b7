print(f"{5:#010b}")   # expect: 0b00000101
print(f"{255:#06x}")  # expect: 0x00ff
print(f"{-42:06d}")   # expect: -00042
print(f"{42:+06d}")   # expect: +00042
