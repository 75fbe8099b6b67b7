# Adjacent string literals are joined at compile time.
s = "hello" ' ' """world"""
print(s)  # expect: hello world
msg = ("first part, "
       "second part")
print(msg)                   # expect: first part, second part
print(r"raw\n" "cooked\t|")  # expect: raw\ncooked	|
