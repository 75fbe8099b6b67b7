print("first")
{}["missing"]
print("never printed")
# expect: first
# expect runtime error: KeyError: 'missing'
