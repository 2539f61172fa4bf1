# A tuple whose fields also have names, as the ESP32 port's attrtuple (os.uname(),
# sys.implementation): it prints as (name=value, ...).


def attrtuple(names, values):
    def field(index):
        return property(lambda self: self[index])

    members = {name: field(i) for i, name in enumerate(names)}
    members["__repr__"] = lambda self: "(" + ", ".join("%s=%r" % pair for pair in zip(names, self)) + ")"
    members["__str__"] = members["__repr__"]
    return type("attrtuple", (tuple,), members)(values)
