# Wide characters take two columns, and so do their marks.
message = "日本語: " + 1
