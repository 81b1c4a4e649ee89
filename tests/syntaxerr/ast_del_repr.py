del `a`
