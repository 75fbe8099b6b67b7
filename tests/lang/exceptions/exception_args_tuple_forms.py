print(Exception().args)          # expect: ()
print(Exception("one").args)     # expect: ('one',)
print(Exception("one", 2).args)  # expect: ('one', 2)
print(Exception(None).args)      # expect: (None,)
