f(): int  # expect syntax error: 1:1 illegal target for annotation
