s = ('ab'
     'c\x4')  # expect syntax error: 2:12 (unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \xXX escape
