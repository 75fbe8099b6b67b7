print("tab:\t|")  # expect: tab:	|
print("newline:\nnext")
# expect: newline:
# expect: next
print("backslash: \\ quote: \' dquote: \"")  # expect: backslash: \ quote: ' dquote: "
print("\x41\x42\x43")                        # expect: ABC
print("caf\u00e9")                           # expect: café
print(len("\0"), ord("\0"))                  # expect: 1 0
