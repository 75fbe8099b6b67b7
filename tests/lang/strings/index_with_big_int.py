# Regression (difftest): a str index past 2**47 (a big int in Edge, yet one that fits a C
# ssize_t) raised "cannot fit 'int' into an index-sized integer" where CPython says the index
# is out of range; only past 2**63 does it not fit.
for k in [2**47, 2**48, -2**60, 2**63 - 1]:
    try:
        print("abc"[k])
    except IndexError as e:
        print(e)
# expect: string index out of range
# expect: string index out of range
# expect: string index out of range
# expect: string index out of range
for k in [2**63, -2**63 - 1, 10**30]:
    try:
        print("abc"[k])
    except IndexError as e:
        print(e)
# expect: cannot fit 'int' into an index-sized integer
# expect: cannot fit 'int' into an index-sized integer
# expect: cannot fit 'int' into an index-sized integer
print("abcdef"[2**50:], "abcdef"[-2**50:2**50])  # expect:  abcdef
