def simple(p, r, t):
    return p * (1 + r * t)

def compound(p, r, t, n=12):
    return p * (1 + r / n) ** (n * t)

def continuous(p, r, t, terms=40):
    x = r * t
    e, term = 1.0, 1.0
    for k in range(1, terms):
        term *= x / k
        e += term
    return p * e

def savings_plan(monthly, r, years):
    balance = 0.0
    history = []
    for m in range(1, years * 12 + 1):
        balance = balance * (1 + r / 12) + monthly
        if m % 12 == 0:
            history.append(round(balance, 2))
    return history

principal = 10_000
print(f"{'years':>5} {'simple':>12} {'monthly':>12} {'daily':>12} {'continuous':>12}")
# expect: years       simple      monthly        daily   continuous
for t in (1, 5, 10, 20, 30):
    print(f"{t:>5} {simple(principal, 0.05, t):>12,.2f} {compound(principal, 0.05, t):>12,.2f} "
          f"{compound(principal, 0.05, t, 365):>12,.2f} {continuous(principal, 0.05, t):>12,.2f}")
# expect:     1    10,500.00    10,511.62    10,512.67    10,512.71
# expect:     5    12,500.00    12,833.59    12,840.03    12,840.25
# expect:    10    15,000.00    16,470.09    16,486.65    16,487.21
# expect:    20    20,000.00    27,126.40    27,180.96    27,182.82
# expect:    30    25,000.00    44,677.44    44,812.29    44,816.89
plan = savings_plan(500, 0.07, 10)
for year, bal in enumerate(plan, 1):
    contributed = 500 * 12 * year
    print(f"year {year:>2}: {bal:>11,.2f} (gain {bal - contributed:>10,.2f})")
# expect: year  1:    6,196.29 (gain     196.29)
# expect: year  2:   12,840.52 (gain     840.52)
# expect: year  3:   19,965.05 (gain   1,965.05)
# expect: year  4:   27,604.62 (gain   3,604.62)
# expect: year  5:   35,796.45 (gain   5,796.45)
# expect: year  6:   44,580.47 (gain   8,580.47)
# expect: year  7:   53,999.49 (gain  11,999.49)
# expect: year  8:   64,099.41 (gain  16,099.41)
# expect: year  9:   74,929.45 (gain  20,929.45)
# expect: year 10:   86,542.40 (gain  26,542.40)
rule72 = {r: (72 / r, None) for r in (2, 4, 6, 8, 12)}
for r in rule72:
    years = 0
    v = 1.0
    while v < 2:
        v *= 1 + r / 100
        years += 1
    print(f"{r}%: rule of 72 says {72 / r:.1f}, actual {years} years")
# expect: 2%: rule of 72 says 36.0, actual 36 years
# expect: 4%: rule of 72 says 18.0, actual 18 years
# expect: 6%: rule of 72 says 12.0, actual 12 years
# expect: 8%: rule of 72 says 9.0, actual 10 years
# expect: 12%: rule of 72 says 6.0, actual 7 years
