s = '\U0001F60'  # expect syntax error: 1:18 (unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \UXXXXXXXX escape
