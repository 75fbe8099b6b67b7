print("123".isdigit(), "12a".isdigit(), "".isdigit())  # expect: True False False
print("abc".isalpha(), "héllo".isalpha(), "ab1".isalpha(), "".isalpha())
# expect: True True False False
print("-1".isdigit(), "1.5".isdigit(), " ".isalpha())  # expect: False False False
