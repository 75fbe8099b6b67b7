# In raw strings backslashes are kept literally.
print(r"C:\new\table")
print(len(r"\n"), len("\n"))
print(R'\x41')
print(r"\\")
# expect: C:\new\table
# expect: 2 1
# expect: \x41
# expect: \\
