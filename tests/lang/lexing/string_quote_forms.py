print('single', "double")
print('''triple single''')
print("""triple double""")
print('has "double" inside', "has 'single' inside")
print("""can hold ' and " freely""")
# expect: single double
# expect: triple single
# expect: triple double
# expect: has "double" inside has 'single' inside
# expect: can hold ' and " freely
