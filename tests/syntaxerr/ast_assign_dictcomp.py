{k: v for k, v in y} = 1
