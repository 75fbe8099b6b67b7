import shapes

print(shapes.aera(2))
