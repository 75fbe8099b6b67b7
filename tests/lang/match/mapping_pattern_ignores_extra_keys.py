match {"type": "circle", "r": 2, "color": "red"}:
    case {"type": "square"}:
        print("square")
    case {"type": "circle", "r": r}:
        print("circle radius", r)  # expect: circle radius 2
