# A nested class is named by its qualified name.
class Parser:
    class Error(Exception):
        pass


raise Parser.Error("unexpected end")  # expect runtime error: Parser.Error: unexpected end
