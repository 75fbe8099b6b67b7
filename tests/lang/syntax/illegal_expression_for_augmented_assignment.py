f() += 1  # expect syntax error: 1:1 'function call' is an illegal expression for augmented assignment
