# comments are ignored by the lexer
print("a")  # trailing comment
# expect: a
#print("never")
    # indented comment at top level is fine too
print("b")  # expect: b
