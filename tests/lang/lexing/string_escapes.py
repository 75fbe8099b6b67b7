print("tab:\t|")
print("newline:\nnext")
print("backslash: \\ quote: \' dquote: \"")
print("\x41\x42\x43")
print("caf\u00e9")
print(len("\0"), ord("\0"))
# expect: tab:	|
# expect: newline:
# expect: next
# expect: backslash: \ quote: ' dquote: "
# expect: ABC
# expect: café
# expect: 1 0
