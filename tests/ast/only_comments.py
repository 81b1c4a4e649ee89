# only a comment

    # an indented comment
