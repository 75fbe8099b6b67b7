class Parser:
    def parse(self, text):
        return int(text)

p = Parser()
print(p.parse("1"))  # expect: 1
p.parse("one")  # expect runtime error: ValueError: invalid literal for int() with base 10: 'one'
