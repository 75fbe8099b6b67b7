RAW = '''id,name,city,amount,notes
1,"Smith, John",Boston,1200.50,"says ""hi"""
2,Jane Doe,"New York",300,
3,"O'Brien",Chicago,-45.25,"multi word note"
4,Li,Boston,999.99,vip
5,"Garcia, Ana","San Jose",10,""
'''

def parse_line(line):
    fields, field, in_quotes, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field += '"'
                    i += 1
                else:
                    in_quotes = False
            else:
                field += ch
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            fields.append(field)
            field = ""
        else:
            field += ch
        i += 1
    fields.append(field)
    return fields

def read_csv(text):
    lines = text.strip("\n").split("\n")
    header = parse_line(lines[0])
    return [dict(zip(header, parse_line(l))) for l in lines[1:]]

def to_csv_field(v):
    v = str(v)
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v

rows = read_csv(RAW)
for r in rows:
    print(r)
# expect: {'id': '1', 'name': 'Smith, John', 'city': 'Boston', 'amount': '1200.50', 'notes': 'says "hi"'}
# expect: {'id': '2', 'name': 'Jane Doe', 'city': 'New York', 'amount': '300', 'notes': ''}
# expect: {'id': '3', 'name': "O'Brien", 'city': 'Chicago', 'amount': '-45.25', 'notes': 'multi word note'}
# expect: {'id': '4', 'name': 'Li', 'city': 'Boston', 'amount': '999.99', 'notes': 'vip'}
# expect: {'id': '5', 'name': 'Garcia, Ana', 'city': 'San Jose', 'amount': '10', 'notes': ''}
for r in rows:
    r["amount"] = float(r["amount"])
by_city = {}
for r in rows:
    by_city.setdefault(r["city"], []).append(r["amount"])
for city, amounts in sorted(by_city.items()):
    print(f"{city:<10} n={len(amounts)} total={sum(amounts):>9.2f}")
# expect: Boston     n=2 total=  2200.49
# expect: Chicago    n=1 total=   -45.25
# expect: New York   n=1 total=   300.00
# expect: San Jose   n=1 total=    10.00
print(",".join(to_csv_field(v) for v in ["plain", "with,comma", 'quote"d', 3.5, ""]))
# expect: plain,"with,comma","quote""d",3.5,
out = "\n".join(",".join(to_csv_field(r[k]) for k in ("name", "amount")) for r in rows)
print(out)
# expect: "Smith, John",1200.5
# expect: Jane Doe,300.0
# expect: O'Brien,-45.25
# expect: Li,999.99
# expect: "Garcia, Ana",10.0
print(parse_line('a,,"",b') , parse_line(""), parse_line('"x,y"'))
# expect: ['a', '', '', 'b'] [''] ['x,y']
