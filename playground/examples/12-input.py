# input(): the playground asks in the console; type an answer and press Enter.
name = input("What is your name? ")
age = int(input("How old are you? "))
print(f"Hello, {name}! In ten years you will be {age + 10}.")
