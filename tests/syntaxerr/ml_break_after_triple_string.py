x = """

"""
break
