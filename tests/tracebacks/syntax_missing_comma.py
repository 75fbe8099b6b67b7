# Two values side by side in a display.
point = {"x": 1 "y": 2}
