# A list that is never closed: reported where it opens.
total = sum([1, 2, 3
print(total)
