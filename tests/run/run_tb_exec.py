# A traceback through exec'd and eval'd code: frames from "<string>" have no
# source line.
code = '''
def helper(x):
    return eval("1 / x", {"x": x})
result = helper(0)
'''
print 'exec next'
exec code in {}
