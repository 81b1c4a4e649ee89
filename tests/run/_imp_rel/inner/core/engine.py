from ... import util
from ...inner import sibling

def run():
    return 'engine.run sees ' + util.name + ' and ' + sibling.sib_value

def too_far():
    from .... import something
