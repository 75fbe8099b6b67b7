table = str.maketrans("ae", "AE", "xyz")
print("a lazy example".translate(table))  # expect: A lA EAmplE
