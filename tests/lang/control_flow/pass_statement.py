def todo():
    pass

for i in range(2):
    pass
if True:
    pass
else:
    pass
print(todo(), i)  # expect: None 1
