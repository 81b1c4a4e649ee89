p = r"C:\dir\"
