def words():
    yield "gen"
    yield "er"
    yield "ators"

print("".join(words()))
print("-".join(w.upper() for w in words()))
# expect: generators
# expect: GEN-ER-ATORS
