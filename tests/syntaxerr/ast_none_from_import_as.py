from a import b, c as None
