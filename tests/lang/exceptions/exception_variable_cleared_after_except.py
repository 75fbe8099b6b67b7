try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)  # expect: inside: division by zero
print(e)                 # expect runtime error: NameError: name 'e' is not defined
