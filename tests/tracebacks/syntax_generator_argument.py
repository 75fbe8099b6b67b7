# A generator expression beside other arguments needs parentheses.
print(sum(x for x in range(3), 10))
