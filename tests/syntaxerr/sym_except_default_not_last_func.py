def f():
    try:
        pass
    except IOError:
        pass
    except:
        pass
    except ValueError:
        pass
