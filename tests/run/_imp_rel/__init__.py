top = 'rel top'
