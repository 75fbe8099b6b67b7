print("a.b.c".rpartition("."))
print("abc".rpartition("."))
print("file.tar.gz".rpartition(".")[2])
# expect: ('a.b', '.', 'c')
# expect: ('', '', 'abc')
# expect: gz
