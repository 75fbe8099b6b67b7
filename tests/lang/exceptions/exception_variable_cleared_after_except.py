try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)
print(e)
# expect: inside: division by zero
# expect runtime error: NameError: name 'e' is not defined
