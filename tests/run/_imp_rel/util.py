def helper():
    return 'util.helper'
name = '_imp_rel.util'
