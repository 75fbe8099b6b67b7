numbers = [1, 2, 3]
total = (numbers[0] +
         numbers[5])
