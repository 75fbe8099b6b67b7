# Adjacent string literals are joined at compile time.
s = "hello" ' ' """world"""
print(s)
msg = ("first part, "
       "second part")
print(msg)
print(r"raw\n" "cooked\t|")
# expect: hello world
# expect: first part, second part
# expect: raw\ncooked	|
