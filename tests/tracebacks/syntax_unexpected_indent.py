# A line indented for no reason: no caret, as the column is in the indent.
x = 1
    y = 2
