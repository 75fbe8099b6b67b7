print("123".isdigit(), "12a".isdigit(), "".isdigit())
print("abc".isalpha(), "héllo".isalpha(), "ab1".isalpha(), "".isalpha())
print("-1".isdigit(), "1.5".isdigit(), " ".isalpha())
# expect: True False False
# expect: True True False False
# expect: False False False
