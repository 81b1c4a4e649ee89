def f():
    while x:
        try:
            for z in y:
                while x:
                    try:
                        for z in y:
                            while x:
                                try:
                                    for z in y:
                                        while x:
                                            try:
                                                for z in y:
                                                    while x:
                                                        try:
                                                            for z in y:
                                                                while x:
                                                                    try:
                                                                        for z in y:
                                                                            while x:
                                                                                try:
                                                                                    for z in y:
                                                                                        pass
                                                                                finally:
                                                                                    pass
                                                                    finally:
                                                                        pass
                                                        finally:
                                                            pass
                                            finally:
                                                pass
                                finally:
                                    pass
                    finally:
                        pass
        finally:
            pass
