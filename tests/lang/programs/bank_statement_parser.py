STATEMENT = """Date       | Description          | Amount
2024-03-01 | Salary ACME Corp     | +3,250.00
2024-03-02 | Rent                 | -1,200.00
2024-03-03 | Coffee Shop          | -4.75
2024-03-03 | Grocery Mart         | -86.42
2024-03-10 | Refund: Shoes        | +59.99
2024-03-15 | Electric Co          | -73.10
2024-03-20 | Coffee Shop          | -5.25
2024-03-28 | Transfer to savings  | -500.00"""

CATEGORIES = {"coffee": "food", "grocery": "food", "rent": "housing", "electric": "utilities",
              "salary": "income", "refund": "income", "transfer": "savings"}

def parse_amount(s):
    return float(s.replace(",", "").replace("+", ""))

def categorize(desc):
    low = desc.lower()
    for key, cat in CATEGORIES.items():
        if key in low:
            return cat
    return "other"

rows = []
for line in STATEMENT.splitlines()[1:]:
    date, desc, amount = (part.strip() for part in line.split("|"))
    rows.append((date, desc, parse_amount(amount)))
balance = 0.0
for date, desc, amt in rows:
    balance += amt
    print(f"{date} {desc:<22} {amt:>10,.2f} {balance:>10,.2f}")
# expect: 2024-03-01 Salary ACME Corp         3,250.00   3,250.00
# expect: 2024-03-02 Rent                    -1,200.00   2,050.00
# expect: 2024-03-03 Coffee Shop                 -4.75   2,045.25
# expect: 2024-03-03 Grocery Mart               -86.42   1,958.83
# expect: 2024-03-10 Refund: Shoes               59.99   2,018.82
# expect: 2024-03-15 Electric Co                -73.10   1,945.72
# expect: 2024-03-20 Coffee Shop                 -5.25   1,940.47
# expect: 2024-03-28 Transfer to savings       -500.00   1,440.47
totals = {}
for _, desc, amt in rows:
    totals[categorize(desc)] = totals.get(categorize(desc), 0) + amt
for cat, amt in sorted(totals.items(), key=lambda kv: kv[1]):
    print(f"{cat:<10} {amt:>10,.2f}")
# expect: housing     -1,200.00
# expect: savings       -500.00
# expect: food           -96.42
# expect: utilities      -73.10
# expect: income       3,309.99
spent = -sum(a for *_, a in rows if a < 0)
earned = sum(a for *_, a in rows if a > 0)
print(f"in {earned:,.2f} out {spent:,.2f} net {earned - spent:+,.2f} savings rate {(earned - spent) / earned:.1%}")
# expect: in 3,309.99 out 1,869.52 net +1,440.47 savings rate 43.5%
biggest = min(rows, key=lambda r: r[2])
print("largest expense:", biggest[1], biggest[2])  # expect: largest expense: Rent -1200.0
