class Table:
    squares = []
    for i in range(4):
        squares.append(i * i)
    if len(squares) > 3:
        big = True
    else:
        big = False

print(Table.squares, Table.big, Table.i)  # expect: [0, 1, 4, 9] True 3
