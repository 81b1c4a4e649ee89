# An uncaught IOError from open() prints errno, message and filename.
f = open('no_such_file_for_pystm_tests.txt')
