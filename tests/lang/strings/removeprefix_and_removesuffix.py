print("unhappy".removeprefix("un"))                         # expect: happy
print("unhappy".removeprefix("xx"))                         # expect: unhappy
print("file.txt".removesuffix(".txt"))                      # expect: file
print("file.txt".removesuffix(".py"))                       # expect: file.txt
print("aaa".removeprefix("a"), "".removesuffix("x") == "")  # expect: aa True
