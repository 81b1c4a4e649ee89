child = 'never reached'
