# A tab is a valid indentation unit (as long as it is used consistently).
if True:
	print("tab indented")
	if True:
		print("two tabs")
# expect: tab indented
# expect: two tabs
