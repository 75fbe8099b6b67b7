class ParseError(Exception):
    prefix = "parse"

    def describe(self):
        return f"{self.prefix}: {self.args[0]}"

try:
    raise ParseError("line 3")
except ParseError as e:
    print(e.describe())  # expect: parse: line 3
