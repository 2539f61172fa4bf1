# upip, the package installer of MicroPython v1.13 as the ESP32 port froze it: upip.install(name)
# asks the package indexes for the name's JSON metadata over HTTPS (certificate not validated),
# takes the version the index calls newest, downloads its .tar.gz and unpacks it into the
# flash's /lib, then installs the packages its egg-info's requires.txt names. Same requests,
# same lines printed, same errors. Paths are the ESP32's: its flash is the root of its file
# system ('/lib' is sys.path[1] there), whether or not esp32_port.install() has put that view in
# os and open.
import deflate
import esp32_os as os
import flash
import json
import socket
import sys
import tls

import upip_utarfile

index_urls = ["https://micropython.org/pi", "https://pypi.org/pypi"]
LIB = "/lib"
# what v1.13 leaves out of an sdist: its build files and metadata, at the package's top
_SKIPPED = ("setup.", "PKG-INFO", "README")
_warn_tls = [True]


class NotFoundError(Exception):
    pass


class _Unreachable(Exception):
    """v1.13 prints 'Error: ' and this, then calls sys.exit(1)."""


def _makedirs(file_path):
    folder = ""
    for part in file_path.split("/")[:-1]:
        folder += part + "/"
        if part:
            try:
                os.mkdir(folder)
            except OSError:
                pass  # there already


def request(stream, host, path):
    """GET /path as v1.13 asks (HTTP/1.0); leaves stream at the body, returns its Content-Length
    (None without one). 404 and 301 mean not found."""
    stream.write(("GET /%s HTTP/1.0\r\nHost: %s\r\n\r\n" % (path, host)).encode())
    status = stream.readline().split(None, 2)[1]
    if status != b"200":
        if status in (b"404", b"301"):
            raise NotFoundError("Package not found")
        raise ValueError(status)
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise ValueError("Unexpected EOF in HTTP headers")
        if line == b"\r\n":
            return length
        if line.lower().startswith(b"content-length:"):
            length = int(line[15:])


def url_open(url):
    """(stream, length): the body of an https:// URL and its length (None when the server does not
    say); the first connection warns that TLS is not checked."""
    _, _, host, path = url.split("/", 3)
    try:
        address = socket.getaddrinfo(host, 443, 0, socket.SOCK_STREAM)[0][-1]
    except OSError:
        raise _Unreachable("Unable to resolve %s (no Internet?)" % host)
    stream = socket.socket()
    try:
        stream.connect(address)
        context = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
        context.verify_mode = tls.CERT_NONE
        # TLS over the native socket: reading through the shim's io.IOBase, 1.25's TLS fails (EPERM)
        stream = context.wrap_socket(stream._native, server_hostname=host)
        if _warn_tls[0]:
            print("Warning: %s SSL certificate is not validated" % host)
            _warn_tls[0] = False
        length = request(stream, host, path)
    except Exception:
        stream.close()
        raise
    return stream, length


def metadata(name):
    """The first index's JSON for name; one that answers 404 passes to the next."""
    for index in index_urls:
        try:
            stream, length = url_open("%s/%s/json" % (index, name))
        except NotFoundError:
            continue
        try:
            # a read past the body's end hangs MicroPython 1.25's TLS at the server's close: the body
            # is read to its length where the server gives it (v1.13 read to the end)
            return json.loads(stream.read(length)) if length is not None else json.load(stream)
        finally:
            stream.close()
    raise NotFoundError("Package not found")


def release(data):
    """(version, url): the version the index's info names, and its only file."""
    version = data["info"]["version"]
    files = data["releases"][version]
    assert len(files) == 1
    return version, files[0]["url"]


def install_tar(entries, prefix):
    """Writes the package's files under prefix, its top folder dropped; returns its requires.txt's names."""
    deps = []
    buffer = bytearray(512)
    for entry in entries:
        name = entry.name[entry.name.find("/") + 1:] if "/" in entry.name else ""
        if name.startswith(_SKIPPED) or ".egg-info" in name:
            if name.endswith("/requires.txt"):
                deps = entry.read().decode().rstrip().split("\n")
            continue
        if entry.type == upip_utarfile.DIRECTORY:
            continue
        target = prefix + name
        _makedirs(target)
        with flash.open(target, "wb") as out:
            while True:
                n = entry.readinto(buffer)
                if not n:
                    break
                out.write(buffer[:n])
    return [dep for dep in deps if dep]


def install_pkg(name, prefix):
    version, url = release(metadata(name))
    print("Installing %s %s from %s" % (name, version, url))
    stream = url_open(url)[0]
    try:
        return install_tar(upip_utarfile.entries(deflate.DeflateIO(stream, deflate.GZIP)), prefix)
    finally:
        stream.close()


def install(to_install, install_path=None):
    """Installs the package (or list of packages) and what they require, into install_path ('/lib')."""
    prefix = install_path or LIB
    if not prefix.endswith("/"):
        prefix += "/"
    queue = list(to_install) if isinstance(to_install, list) else [to_install]
    print("Installing to: " + prefix)
    installed = []
    name = None
    try:
        while queue:
            name = queue.pop(0)
            if name not in installed:
                queue.extend(install_pkg(name, prefix))
                installed.append(name)
    except _Unreachable as e:
        # v1.13 then calls sys.exit(1): at the ESP32's REPL that is the prompt again, as here; a
        # script (main.py) would stop there, where here it goes on (the board's run.py and REPL
        # end MicroPython on SystemExit)
        print("Error:", e)
    except Exception as e:
        print("Error installing '{}': {}, packages may be partially installed".format(name, e), file=sys.stderr)
