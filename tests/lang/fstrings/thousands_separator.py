print(f"{1234567:,}")         # expect: 1,234,567
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{-1000:,}")           # expect: -1,000
print(f"{999:,}")             # expect: 999
print(f"{1234567:_}")         # expect: 1_234_567
