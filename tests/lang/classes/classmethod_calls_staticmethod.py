class Parser:
    @staticmethod
    def clean(text):
        return text.strip().lower()

    @classmethod
    def parse(cls, text):
        return cls.clean(text).split(",")

print(Parser.parse("  A,B,C  "))  # expect: ['a', 'b', 'c']
