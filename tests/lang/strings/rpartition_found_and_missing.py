print("a.b.c".rpartition("."))           # expect: ('a.b', '.', 'c')
print("abc".rpartition("."))             # expect: ('', '', 'abc')
print("file.tar.gz".rpartition(".")[2])  # expect: gz
