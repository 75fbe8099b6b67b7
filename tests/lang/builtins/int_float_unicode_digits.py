# Regression (difftest): int() and float() read any Unicode decimal digit (Arabic-Indic,
# Devanagari, fullwidth...) as CPython does; errors still show the text as it was written.
print(int("١٢٣"), int("۴۵"), int("१०"), int("１２"), int(" ٧ "))  # expect: 123 45 10 12 7
print(int("١٠", 16), int("-٣"), int("1_٢"))  # expect: 16 -3 12
print(float("٣.٥"), float("１e２"), float("-٠.٢٥"))  # expect: 3.5 100.0 -0.25
try:
    int("١x")
except ValueError as e:
    print(e)  # expect: invalid literal for int() with base 10: '١x'
try:
    float("٣,٥")
except ValueError as e:
    print(e)  # expect: could not convert string to float: '٣,٥'
