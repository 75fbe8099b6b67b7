# A tab is a valid indentation unit (as long as it is used consistently).
if True:
	print("tab indented")  # expect: tab indented
	if True:
		print("two tabs")  # expect: two tabs
