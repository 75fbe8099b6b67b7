from x import a,
# expect syntax error: 1:17 trailing comma not allowed without surrounding parentheses
