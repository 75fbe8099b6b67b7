lines = ["  a  ", "", " b", "c ", "   "]
stripped = (line.strip() for line in lines)
non_empty = (s for s in stripped if s)
upper = (s.upper() for s in non_empty)
print(list(upper))  # expect: ['A', 'B', 'C']
