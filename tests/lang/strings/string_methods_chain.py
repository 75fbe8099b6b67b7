raw = "  Hello, World!  "
print(raw.strip().lower().replace(",", "").split())  # expect: ['hello', 'world!']
print("-".join(raw.split()).upper())                 # expect: HELLO,-WORLD!
