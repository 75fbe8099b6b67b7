x = 5
print(f"{{}}")
print(f"{{x}} is {x}")
print(f"{{{x}}}")
print("{{literal}}")
# expect: {}
# expect: {x} is 5
# expect: {5}
# expect: {{literal}}
