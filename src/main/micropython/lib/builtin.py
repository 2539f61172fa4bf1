# The Unix port's own module of a name a shim takes over (time, machine): imported with the shim
# out of sys.modules and the path empty, so that import finds the built-in, not the shim's file.
import sys


def load(name):
    path = sys.path[:]
    shim = sys.modules.pop(name, None)
    sys.path[:] = []
    try:
        return __import__(name)
    finally:
        sys.path[:] = path
        if shim is None:
            sys.modules.pop(name, None)  # whatever the import left there is not the shim's module
        else:
            sys.modules[name] = shim
