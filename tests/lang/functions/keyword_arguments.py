def describe(name, age, city):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30, "Oslo"))
print(describe(city="Rome", name="Bo", age=25))
print(describe("Cy", city="Lima", age=40))
# expect: Ann (30) from Oslo
# expect: Bo (25) from Rome
# expect: Cy (40) from Lima
