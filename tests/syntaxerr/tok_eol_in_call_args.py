f(1,
  2,
  "three)
