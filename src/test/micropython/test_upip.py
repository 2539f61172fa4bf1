# upip as MicroPython v1.13 has it: its tar reader on archives GNU tar makes, the release it
# chooses from an index's JSON, what it leaves out of an sdist, and what it prints and writes, with
# the downloads served from local files (the lab's e2e test fetches them over HTTPS).
import json
import os

import check
import deflate
import flash
import upip
import upip_utarfile

WORK = "/tmp/upip"
FLASH = WORK + "/board-flash"  # not "flash": the session script, run from WORK, imports flash.py
_trees = [0]


def _sh(command):
    check.equal(os.system(command), 0)


def _write(path, text):
    _sh("mkdir -p $(dirname %s)" % path)
    with open(path, "w") as f:
        f.write(text)


def _read(path):
    with open(path) as f:
        return f.read()


def _exists(path):
    try:
        os.stat(path)
        return True
    except OSError:
        return False


def _empty_flash():
    _sh("rm -rf %s && mkdir -p %s" % (FLASH, FLASH))


def _sdist(files, tar_options=""):
    """A .tar.gz made by GNU tar of files (name: text) under a top folder pkg-1.0/; its path."""
    _trees[0] += 1
    tree = "%s/tree%d" % (WORK, _trees[0])
    for name in files:
        _write(tree + "/pkg-1.0/" + name, files[name])
    archive = tree + ".tar.gz"
    _sh("tar -C %s %s -czf %s pkg-1.0" % (tree, tar_options, archive))
    return archive


def _entries(archive):
    with open(archive, "rb") as f:
        found = {}
        for entry in upip_utarfile.entries(deflate.DeflateIO(f, deflate.GZIP)):
            found[entry.name] = entry.read().decode() if entry.type == upip_utarfile.FILE else "<dir>"
        return found


def _board(code):
    """What a fresh MicroPython prints running code after upip is set up on the test's flash."""
    _write(WORK + "/session.py", "import flash\nimport upip\nflash.FOLDER = %r\n%s\n" % (FLASH, code))
    os.system("micropython %s/session.py > %s/printed 2>&1" % (WORK, WORK))
    return _read(WORK + "/printed")


def _index(name, versions, newest, more=None):
    """An index entry (JSON file) for name, each version's sdist holding NAME.py with its version
    and the files of more."""
    releases = {}
    served = {}
    for version in versions:
        url = "https://micropython.org/pi/%s/%s-%s.tar.gz" % (name, name, version)
        releases[version] = [{"url": url, "filename": "%s-%s.tar.gz" % (name, version)}]
        files = {name + ".py": "VERSION = %r\n" % version}
        files.update(more or {})
        served[url] = _sdist(files)
    metadata = "%s/%s.json" % (WORK, name)
    _write(metadata, json.dumps({"info": {"name": name, "version": newest}, "releases": releases}))
    served["https://micropython.org/pi/%s/json" % name] = metadata
    return served


def _serving(served):
    """Code that makes upip's downloads open local files (with their lengths, as the index's server
    gives them); a URL not among them is an index's 404."""
    return ("import os\n"
            "def url_open(url):\n"
            "    if url not in %r:\n"
            "        raise upip.NotFoundError('Package not found')\n"
            "    return open(%r[url], 'rb'), os.stat(%r[url])[6]\n"
            "upip.url_open = url_open\n" % (served, served, served))


def test_the_tar_reader_gives_names_types_and_contents_of_gnu_tars():
    archive = _sdist({"socks.py": "print('socks')\n", "lib/a.py": "A = 1\n"})
    found = _entries(archive)
    check.equal(found["pkg-1.0/socks.py"], "print('socks')\n")
    check.equal(found["pkg-1.0/lib/a.py"], "A = 1\n")
    check.equal(found["pkg-1.0/lib/"], "<dir>")


def test_the_tar_reader_takes_long_names_as_gnu_tar_and_ustar_write_them():
    deep = "d" * 60 + "/" + "e" * 60 + ".py"
    for options in ("", "--format=ustar"):
        found = _entries(_sdist({deep: "long\n"}, options))
        check.equal(found["pkg-1.0/" + deep], "long\n")


def test_the_tar_reader_reads_an_empty_file_and_one_of_whole_blocks():
    found = _entries(_sdist({"empty.py": "", "block.py": "x" * 1024, "after.py": "ok"}))
    check.equal((found["pkg-1.0/empty.py"], len(found["pkg-1.0/block.py"]), found["pkg-1.0/after.py"]),
                ("", 1024, "ok"))


def test_a_truncated_archive_is_an_error():
    archive = _sdist({"big.py": "y" * 4000})
    with open(archive, "rb") as f:
        whole = deflate.DeflateIO(f, deflate.GZIP).read()
    import io

    stream = io.BytesIO(whole[:2048])

    def read_all():
        for entry in upip_utarfile.entries(stream):
            pass

    check.raises(ValueError, read_all)


def test_the_release_is_the_version_the_index_info_names_not_the_highest():
    data = {"info": {"version": "0.1"},
            "releases": {"0.2": [{"url": "https://x/p-0.2.tar.gz"}], "0.1": [{"url": "https://x/p-0.1.tar.gz"}]}}
    check.equal(upip.release(data), ("0.1", "https://x/p-0.1.tar.gz"))


def test_a_release_of_more_than_one_file_is_refused_as_v1_13_does():
    data = {"info": {"version": "1.0"}, "releases": {"1.0": [{"url": "https://x/a.whl"}, {"url": "https://x/a.tar.gz"}]}}
    check.raises(AssertionError, upip.release, data)


def test_setup_files_pkg_info_readme_and_egg_info_are_not_installed_and_requires_txt_gives_deps():
    _empty_flash()
    archive = _sdist({"setup.py": "", "setup.cfg": "", "PKG-INFO": "", "README.md": "", "README": "",
                      "pkg.egg-info/PKG-INFO": "", "pkg.egg-info/requires.txt": "micropython-a\nmicropython-b\n",
                      "socks.py": "S\n", "sub/README.md": "kept\n"})
    flash.FOLDER = FLASH
    with open(archive, "rb") as f:
        deps = upip.install_tar(upip_utarfile.entries(deflate.DeflateIO(f, deflate.GZIP)), "/lib/")
    check.equal(deps, ["micropython-a", "micropython-b"])
    check.equal(sorted(os.listdir(FLASH + "/lib")), ["socks.py", "sub"])
    check.equal(os.listdir(FLASH + "/lib/sub"), ["README.md"])


def test_the_request_is_http_1_0_and_the_body_of_its_length_follows_the_headers():
    import io

    class Exchange(io.BytesIO):
        sent = b""

        def write(self, data):
            Exchange.sent += data

    stream = Exchange(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    length = upip.request(stream, "micropython.org", "pi/p/json")
    check.equal((Exchange.sent, length, stream.read()),
                (b"GET /pi/p/json HTTP/1.0\r\nHost: micropython.org\r\n\r\n", 2, b"{}"))
    check.equal(upip.request(Exchange(b"HTTP/1.0 200 OK\r\n\r\n{}"), "h", "p"), None)
    check.raises(upip.NotFoundError, upip.request, Exchange(b"HTTP/1.1 404 Not Found\r\n\r\n"), "h", "p")
    check.raises(ValueError, upip.request, Exchange(b"HTTP/1.1 500 Oops\r\n\r\n"), "h", "p")


def test_install_prints_the_board_s_paths_and_writes_the_newest_release_into_the_flash_lib():
    _empty_flash()
    served = _index("micropython-socks", ["0.1", "0.2"], "0.2")
    printed = _board(_serving(served) + "upip.install('micropython-socks')")
    check.equal(printed, "Installing to: /lib/\n"
                         "Installing micropython-socks 0.2 from "
                         "https://micropython.org/pi/micropython-socks/micropython-socks-0.2.tar.gz\n")
    check.equal(_read(FLASH + "/lib/micropython-socks.py"), "VERSION = '0.2'\n")


def test_a_name_the_first_index_does_not_have_is_asked_of_the_next():
    _empty_flash()
    served = _index("p-elsewhere", ["5"], "5")
    metadata = "https://micropython.org/pi/p-elsewhere/json"
    served["https://pypi.org/pypi/p-elsewhere/json"] = served.pop(metadata)
    _board(_serving(served) + "upip.install('p-elsewhere')")
    check.equal(_read(FLASH + "/lib/p-elsewhere.py"), "VERSION = '5'\n")


def test_install_takes_a_list_and_a_path_of_its_own():
    _empty_flash()
    served = _index("p-one", ["1"], "1")
    served.update(_index("p-two", ["2"], "2"))
    printed = _board(_serving(served) + "upip.install(['p-one', 'p-two'], '/mods')")
    check.equal(printed.splitlines()[0], "Installing to: /mods/")
    check.equal((_exists(FLASH + "/mods/p-one.py"), _exists(FLASH + "/mods/p-two.py")), (True, True))


def test_install_installs_what_the_egg_info_requires_too():
    _empty_flash()
    served = _index("p-top", ["1"], "1", {"p_top.egg-info/requires.txt": "p-dep\n"})
    served.update(_index("p-dep", ["3"], "3"))
    printed = _board(_serving(served) + "upip.install('p-top')")
    check.equal([line.split(" from ")[0] for line in printed.splitlines()],
                ["Installing to: /lib/", "Installing p-top 1", "Installing p-dep 3"])
    check.equal(_read(FLASH + "/lib/p-dep.py"), "VERSION = '3'\n")


def test_a_name_no_index_has_is_v1_13_s_error_and_nothing_is_written():
    _empty_flash()
    printed = _board(_serving({}) + "upip.install('no-such-package')")
    check.equal(printed, "Installing to: /lib/\n"
                         "Error installing 'no-such-package': Package not found, packages may be partially installed\n")
    check.equal(os.listdir(FLASH), [])


def test_a_host_the_dns_does_not_know_is_v1_13_s_error():
    printed = _board("upip.index_urls = ['https://nowhere.invalid/pi']\nupip.install('x')\nprint('still here')")
    check.equal(printed, "Installing to: /lib/\nError: Unable to resolve nowhere.invalid (no Internet?)\nstill here\n")


check.run(globals())
