def describe(name, age, city):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30, "Oslo"))               # expect: Ann (30) from Oslo
print(describe(city="Rome", name="Bo", age=25))  # expect: Bo (25) from Rome
print(describe("Cy", city="Lima", age=40))       # expect: Cy (40) from Lima
