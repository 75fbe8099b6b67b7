print("first")  # expect: first
{}["missing"]   # expect runtime error: KeyError: 'missing'
print("never printed")
