sales = [("Jan", 12000), ("Feb", 13500), ("Mar", 9800), ("Apr", 15250), ("May", 17100), ("Jun", 16300),
         ("Jul", 18950), ("Aug", 21000), ("Sep", 14400), ("Oct", 15900), ("Nov", 22050), ("Dec", 30500)]
running = 0
best = max(sales, key=lambda s: s[1])
print(f"{'Month':<6}{'Sales':>10}{'Change':>9}{'Running':>11}{'Share':>8}")
# expect: Month      Sales   Change    Running   Share
total = sum(v for _, v in sales)
prev = None
for month, value in sales:
    running += value
    change = "" if prev is None else f"{(value - prev) / prev:+.1%}"
    marker = " <- best" if (month, value) == best else ""
    print(f"{month:<6}{value:>10,}{change:>9}{running:>11,}{value / total:>8.1%}{marker}")
    prev = value
# expect: Jan       12,000              12,000    5.8%
# expect: Feb       13,500   +12.5%     25,500    6.5%
# expect: Mar        9,800   -27.4%     35,300    4.7%
# expect: Apr       15,250   +55.6%     50,550    7.4%
# expect: May       17,100   +12.1%     67,650    8.3%
# expect: Jun       16,300    -4.7%     83,950    7.9%
# expect: Jul       18,950   +16.3%    102,900    9.2%
# expect: Aug       21,000   +10.8%    123,900   10.2%
# expect: Sep       14,400   -31.4%    138,300    7.0%
# expect: Oct       15,900   +10.4%    154,200    7.7%
# expect: Nov       22,050   +38.7%    176,250   10.7%
# expect: Dec       30,500   +38.3%    206,750   14.8% <- best
quarters = [sum(v for _, v in sales[i:i + 3]) for i in range(0, 12, 3)]
print("quarters:", [f"Q{i + 1}={q:,}" for i, q in enumerate(quarters)])
# expect: quarters: ['Q1=35,300', 'Q2=48,650', 'Q3=54,350', 'Q4=68,450']
h1, h2 = sum(quarters[:2]), sum(quarters[2:])
print(f"H1 {h1:,} H2 {h2:,} growth {h2 / h1 - 1:.2%}")  # expect: H1 83,950 H2 122,800 growth 46.28%
avg = total / len(sales)
print(f"average {avg:,.2f}; above average: {', '.join(m for m, v in sales if v > avg)}")
# expect: average 17,229.17; above average: Jul, Aug, Nov, Dec
