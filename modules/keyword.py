# keyword — Python's reserved words, as CPython 3.11's keyword module lists them
# (modules/README.md).

kwlist = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
]

softkwlist = ["_", "case", "match"]

_KEYWORDS = frozenset(kwlist)
_SOFT = frozenset(softkwlist)


def iskeyword(s):
    return s in _KEYWORDS


def issoftkeyword(s):
    return s in _SOFT
