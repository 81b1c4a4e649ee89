# Backquotes are repr.
`x`
`x, y`
`1 + `2``
a = `[1, 2]` + `f(x)`
`x`.upper()
