class CodeError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

raise CodeError(42)  # expect runtime error: CodeError: code 42
