# A backslash at the end of a line joins it with the next one.
total = 1 + \
        2 + \
            3
print(total)  # expect: 6
if total > 5 and \
   total < 7:
    print("six")  # expect: six
