# Triple-quoted strings.
"""one line"""
'''one line'''
"""two
lines"""
"""with 'single' and "double" quotes"""
"""ends with a quote\""""
"""\"\"\" inside"""
r"""raw \n
and a newline"""
u"""unicode \u1234
line"""
"""backslash at end \
of line"""
""""""
"""a""" """b"""
x = """
    indented
        text
"""
