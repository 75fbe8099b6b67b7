s = 'ab\u12'  # expect syntax error: 1:15 (unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \uXXXX escape
