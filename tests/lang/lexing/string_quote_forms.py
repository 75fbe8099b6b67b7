print('single', "double")   # expect: single double
print('''triple single''')  # expect: triple single
print("""triple double""")  # expect: triple double
print('has "double" inside', "has 'single' inside")
# expect: has "double" inside has 'single' inside
print("""can hold ' and " freely""")  # expect: can hold ' and " freely
