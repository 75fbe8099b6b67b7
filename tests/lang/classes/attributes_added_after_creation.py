class Note:
    pass

n = Note()
n.text = "hi"
n.tags = ["a"]
n.tags.append("b")
print(n.text, n.tags)  # expect: hi ['a', 'b']
