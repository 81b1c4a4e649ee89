exec "x" in
