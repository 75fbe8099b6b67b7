def payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    if r == 0:
        return principal / n
    return principal * r * (1 + r) ** n / ((1 + r) ** n - 1)

def schedule(principal, annual_rate, years):
    pay = payment(principal, annual_rate, years)
    balance = principal
    rows = []
    for month in range(1, years * 12 + 1):
        interest = balance * annual_rate / 12
        princ = pay - interest
        balance -= princ
        rows.append((month, pay, interest, princ, max(balance, 0.0)))
    return rows

def compound(principal, rate, years, per_year=1):
    return principal * (1 + rate / per_year) ** (per_year * years)

rows = schedule(200000, 0.065, 30)
print(f"monthly payment: {rows[0][1]:,.2f}")  # expect: monthly payment: 1,264.14
print(f"{'month':>5} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>12}")
# expect: month    payment   interest  principal      balance
for r in rows[:3] + rows[178:180] + rows[-2:]:
    print(f"{r[0]:>5} {r[1]:>10.2f} {r[2]:>10.2f} {r[3]:>10.2f} {r[4]:>12,.2f}")
# expect:     1    1264.14    1083.33     180.80   199,819.20
# expect:     2    1264.14    1082.35     181.78   199,637.42
# expect:     3    1264.14    1081.37     182.77   199,454.65
# expect:   179    1264.14     791.19     472.94   145,593.79
# expect:   180    1264.14     788.63     475.50   145,118.28
# expect:   359    1264.14      13.58    1250.55     1,257.33
# expect:   360    1264.14       6.81    1257.33         0.00
total_interest = sum(r[2] for r in rows)
print(f"total interest: {total_interest:,.2f}")  # expect: total interest: 255,088.98
print(f"zero rate: {payment(12000, 0, 1):.2f}")  # expect: zero rate: 1000.00
for n in (1, 4, 12, 365):
    print(f"compounded {n:>3}x/yr: {compound(1000, 0.05, 10, n):.4f}")
# expect: compounded   1x/yr: 1628.8946
# expect: compounded   4x/yr: 1643.6195
# expect: compounded  12x/yr: 1647.0095
# expect: compounded 365x/yr: 1648.6648
years = 0
bal = 1000.0
while bal < 2000:
    bal *= 1.07
    years += 1
print("doubling at 7%:", years, "years", round(bal, 2))  # expect: doubling at 7%: 11 years 2104.85
for rate in (0.03, 0.05, 0.08):
    print(f"{rate:.0%} -> {payment(300000, rate, 15):>10,.2f} / {payment(300000, rate, 30):>10,.2f}")
# expect: 3% ->   2,071.74 /   1,264.81
# expect: 5% ->   2,372.38 /   1,610.46
# expect: 8% ->   2,866.96 /   2,201.29
