print("ab" * 2)  # expect: abab
print("ab" * 2.0)
# expect runtime error: TypeError: can't multiply sequence by non-int of type 'float'
