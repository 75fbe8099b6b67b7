print(f"{1234567:,}")
print(f"{1234567.891:,.2f}")
print(f"{-1000:,}")
print(f"{999:,}")
print(f"{1234567:_}")
# expect: 1,234,567
# expect: 1,234,567.89
# expect: -1,000
# expect: 999
# expect: 1_234_567
