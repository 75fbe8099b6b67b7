# In raw strings backslashes are kept literally.
print(r"C:\new\table")        # expect: C:\new\table
print(len(r"\n"), len("\n"))  # expect: 2 1
print(R'\x41')                # expect: \x41
print(r"\\")                  # expect: \\
