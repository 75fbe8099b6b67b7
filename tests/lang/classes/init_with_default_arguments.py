class Box:
    def __init__(self, width=1, height=2):
        self.width = width
        self.height = height

print(Box().width, Box().height)
print(Box(5).width, Box(5).height)
print(Box(height=9).width, Box(height=9).height)
# expect: 1 2
# expect: 5 2
# expect: 1 9
