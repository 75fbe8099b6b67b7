s = '\x4'  # expect syntax error: 1:12 (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
