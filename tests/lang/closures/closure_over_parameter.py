def greeter(greeting):
    def greet(name):
        return f"{greeting}, {name}!"
    return greet

hello = greeter("Hello")
hola = greeter("Hola")
print(hello("Ann"), hola("Bo"))  # expect: Hello, Ann! Hola, Bo!
