event = {"type": "click", "pos": {"x": 3, "y": 4}}
match event:
    case {"type": "click", "pos": {"x": x, "y": y}}:
        print("click at", x, y)  # expect: click at 3 4
