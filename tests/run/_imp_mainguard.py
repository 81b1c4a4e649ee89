print '_imp_mainguard body: __name__ =', __name__

def main():
    return 'main() ran'

if __name__ == '__main__':
    print 'this must not print when imported'
else:
    print '_imp_mainguard imported, guard skipped'
