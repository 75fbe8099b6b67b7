class Animal:
    pass

class Dog(Animal):
    pass

class Cat(Animal):
    pass

for pet in [Dog(), Cat(), "x"]:
    match pet:
        case Dog():
            print("dog")  # expect: dog
        case Animal():
            print("some animal")  # expect: some animal
        case _:
            print("not an animal")  # expect: not an animal
