print("Straße".lower(), "Straße".casefold())
print("ABC".casefold())
print("Straße".casefold() == "STRASSE".casefold())
# expect: straße strasse
# expect: abc
# expect: True
