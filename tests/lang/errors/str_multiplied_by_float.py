print("ab" * 2)
print("ab" * 2.0)
# expect: abab
# expect runtime error: TypeError: can't multiply sequence by non-int of type 'float'
