def words():
    yield "gen"
    yield "er"
    yield "ators"

print("".join(words()))                      # expect: generators
print("-".join(w.upper() for w in words()))  # expect: GEN-ER-ATORS
