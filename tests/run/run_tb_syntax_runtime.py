# A SyntaxError raised by compile() at run time and not caught.
source = 'x = 1\nif x\n    print x\n'
print 'compiling'
compile(source, 'generated.py', 'exec')
