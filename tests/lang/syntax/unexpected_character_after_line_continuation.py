x = 1 + \ 2  # expect syntax error: 1:10 unexpected character after line continuation character
