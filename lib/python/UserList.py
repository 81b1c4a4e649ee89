"""UserList: a list-like class to subclass, wrapping a real list (its data
attribute)."""
# pystm: pure Python; uses no Go module.
import collections


class UserList(collections.MutableSequence):

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __unwrap(self, other):
        if isinstance(other, UserList):
            return other.data
        return other

    def __lt__(self, other):
        return self.data < self.__unwrap(other)

    def __le__(self, other):
        return self.data <= self.__unwrap(other)

    def __eq__(self, other):
        return self.data == self.__unwrap(other)

    def __ne__(self, other):
        return self.data != self.__unwrap(other)

    def __gt__(self, other):
        return self.data > self.__unwrap(other)

    def __ge__(self, other):
        return self.data >= self.__unwrap(other)

    def __cmp__(self, other):
        return cmp(self.data, self.__unwrap(other))

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __getslice__(self, i, j):
        i = max(i, 0)
        j = max(j, 0)
        return self.__class__(self.data[i:j])

    def __setslice__(self, i, j, other):
        i = max(i, 0)
        j = max(j, 0)
        if isinstance(other, UserList):
            self.data[i:j] = other.data
        elif isinstance(other, type(self.data)):
            self.data[i:j] = other
        else:
            self.data[i:j] = list(other)

    def __delslice__(self, i, j):
        i = max(i, 0)
        j = max(j, 0)
        del self.data[i:j]

    def __as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, type(self.data)):
            return other
        return list(other)

    def __add__(self, other):
        return self.__class__(self.data + self.__as_list(other))

    def __radd__(self, other):
        return self.__class__(self.__as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self.__as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)
