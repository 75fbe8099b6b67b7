s = '\U00110000'  # expect syntax error: 1:19 (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
