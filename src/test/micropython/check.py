# A small test runner for the board shims under the real MicroPython: each test_ function runs,
# a failure prints FAIL with the reason, and the last line says how many passed.
import sys

_results = []


def equal(actual, expected):
    if actual != expected:
        raise AssertionError("expected %r, got %r" % (expected, actual))


def raises(exception, function, *args):
    try:
        function(*args)
    except exception:
        return
    raise AssertionError("%s not raised" % exception.__name__)


def run(module_globals):
    names = sorted(n for n in module_globals if n.startswith("test_"))
    failed = 0
    for name in names:
        try:
            module_globals[name]()
            print("PASS", name)
        except Exception as e:
            failed += 1
            print("FAIL", name, repr(e))
    print("RESULT %d passed, %d failed" % (len(names) - failed, failed))
    sys.exit(1 if failed else 0)
