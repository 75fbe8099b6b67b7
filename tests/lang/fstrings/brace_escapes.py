x = 5
print(f"{{}}")          # expect: {}
print(f"{{x}} is {x}")  # expect: {x} is 5
print(f"{{{x}}}")       # expect: {5}
print("{{literal}}")    # expect: {{literal}}
