class Box:
    def __init__(self, width=1, height=2):
        self.width = width
        self.height = height

print(Box().width, Box().height)                  # expect: 1 2
print(Box(5).width, Box(5).height)                # expect: 5 2
print(Box(height=9).width, Box(height=9).height)  # expect: 1 9
