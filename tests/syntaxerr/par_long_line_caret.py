value = some_function(argument_one, argument_two) + another_function(argument_three) +* 2
