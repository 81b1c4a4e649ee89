sib_value = 'sibling'
