print("unhappy".removeprefix("un"))
print("unhappy".removeprefix("xx"))
print("file.txt".removesuffix(".txt"))
print("file.txt".removesuffix(".py"))
print("aaa".removeprefix("a"), "".removesuffix("x") == "")
# expect: happy
# expect: unhappy
# expect: file
# expect: file.txt
# expect: aa True
