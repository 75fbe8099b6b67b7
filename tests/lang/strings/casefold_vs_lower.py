print("Straße".lower(), "Straße".casefold())        # expect: straße strasse
print("ABC".casefold())                             # expect: abc
print("Straße".casefold() == "STRASSE".casefold())  # expect: True
