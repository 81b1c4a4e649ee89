print x,,
