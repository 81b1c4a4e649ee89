# raw_input() with empty stdin raises EOFError; uncaught, it ends the program.
print 'asking'
answer = raw_input('question? ')
print 'not reached', answer
