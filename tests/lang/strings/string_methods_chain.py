raw = "  Hello, World!  "
print(raw.strip().lower().replace(",", "").split())
print("-".join(raw.split()).upper())
# expect: ['hello', 'world!']
# expect: HELLO,-WORLD!
