# A module that shadows the standard math module inside _imp_abs.
who = 'the _imp_abs.math module'
