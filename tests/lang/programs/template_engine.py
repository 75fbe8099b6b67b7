class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"

def render(template, **values):
    return template.format_map(SafeDict(values))

def render_loops(template, context):
    out = []
    lines = template.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("{% for "):
            var, _, seq = line.strip()[7:-3].partition(" in ")
            body = []
            i += 1
            while lines[i].strip() != "{% endfor %}":
                body.append(lines[i])
                i += 1
            for item in context[seq]:
                ctx = SafeDict(context)
                ctx[var] = item
                if isinstance(item, dict):
                    ctx.update({f"{var}_{k}": v for k, v in item.items()})
                out.extend(b.format_map(ctx) for b in body)
        else:
            out.append(line.format_map(SafeDict(context)))
        i += 1
    return "\n".join(out)

print(render("Dear {title} {name}, your balance is {balance:,.2f}.", title="Dr.", name="Who", balance=1234.5))
# expect: Dear Dr. Who, your balance is 1,234.50.
print(render("Hi {name}! Missing: {unknown} and {other}", name="Sam"))
# expect: Hi Sam! Missing: {unknown} and {other}
TEMPLATE = """Invoice for {customer}
{% for item in items %}
  - {item_name:<10} x{item_qty:>2} @ {item_price:>6.2f}
{% endfor %}
Total: {total:.2f}"""
items = [{"name": "pen", "qty": 3, "price": 1.5}, {"name": "notebook", "qty": 2, "price": 4.25}, {"name": "bag", "qty": 1, "price": 29.99}]
ctx = {"customer": "ACME", "items": items, "total": sum(i["qty"] * i["price"] for i in items)}
print(render_loops(TEMPLATE, ctx))
# expect: Invoice for ACME
# expect:   - pen        x 3 @   1.50
# expect:   - notebook   x 2 @   4.25
# expect:   - bag        x 1 @  29.99
# expect: Total: 42.99
