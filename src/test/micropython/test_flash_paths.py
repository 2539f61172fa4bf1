# The file system as v1.13's esp32 port shows it: the flash is the root, '/' (here the host
# folder /flash), for os and the builtin open(), with nothing above it; stat() as littlefs answers,
# in the board's epoch (2000) on its RTC. The shims' own files stay the host's.
import io

import builtin
import check
import esp32_port

esp32_port.install()  # as run.py does before boot.py
import machine  # noqa: E402  after install(): the modules boot.py and main.py get
import os  # noqa: E402
import time  # noqa: E402

_host = builtin.load("os")


def _on_host(path, text=""):
    with io.open(path, "w") as f:
        f.write(text)


def _host_exists(path):
    try:
        _host.stat(path)
        return True
    except OSError:
        return False


def _flash_with_lib():
    _host.chdir("/flash")
    try:
        _host.mkdir("/flash/lib")
    except OSError:
        pass  # there already


def test_the_root_lists_the_flash_not_the_host():
    _flash_with_lib()
    _on_host("/flash/listed.py")
    names = os.listdir("/")
    check.equal(("listed.py" in names, "lib" in names, "etc" in names, "proc" in names), (True, True, False, False))


def test_listdir_without_a_path_lists_the_current_folder():
    _flash_with_lib()
    _on_host("/flash/lib/in_lib.py")
    os.chdir("/lib")
    check.equal("in_lib.py" in os.listdir(), True)
    os.chdir("/")


def test_getcwd_names_the_flash_s_root_slash_and_its_folders_from_there():
    _flash_with_lib()
    check.equal(os.getcwd(), "/")
    os.chdir("lib")
    check.equal((os.getcwd(), _host.getcwd()), ("/lib", "/flash/lib"))
    os.chdir("..")
    check.equal(os.getcwd(), "/")


def test_the_current_folder_is_the_flash_s_root_while_the_host_s_is_elsewhere():
    _host.chdir("/tests")
    check.equal(os.getcwd(), "/")
    _on_host("/flash/from_elsewhere.txt", "here")
    with open("from_elsewhere.txt") as f:
        check.equal(f.read(), "here")
    _host.chdir("/flash")


def test_open_takes_absolute_and_relative_esp32_paths():
    _flash_with_lib()
    _on_host("/flash/wifiman.conf", "ssid")
    _on_host("/flash/lib/conf.txt", "lib")
    with open("/wifiman.conf") as f:
        check.equal(f.read(), "ssid")
    os.chdir("/lib")
    with open("conf.txt") as f:
        check.equal(f.read(), "lib")
    with open("/wifiman.conf") as f:
        check.equal(f.read(), "ssid")
    os.chdir("/")


def test_a_file_written_by_the_board_lands_on_the_flash():
    _flash_with_lib()
    with open("/main.py", "w") as f:
        f.write("print('main')\n")
    with io.open("/flash/main.py") as f:
        check.equal(f.read(), "print('main')\n")


def test_nothing_is_above_the_flash_s_root():
    _flash_with_lib()
    check.raises(OSError, open, "/../etc/passwd")
    check.raises(OSError, open, "../../etc/passwd")
    check.equal(sorted(os.listdir("/..")), sorted(os.listdir("/")))
    os.chdir("/lib")
    os.chdir("../..")
    check.equal((os.getcwd(), _host.getcwd()), ("/", "/flash"))


def test_files_and_folders_are_made_renamed_and_removed_on_the_flash():
    _flash_with_lib()
    _on_host("/flash/old.txt")
    os.mkdir("/made")
    os.rename("old.txt", "/made/new.txt")
    os.rename("/made", "lib/renamed")
    check.equal([_host_exists(p) for p in ("/flash/old.txt", "/flash/made", "/flash/lib/renamed/new.txt")],
                [False, False, True])
    os.remove("/lib/renamed/new.txt")
    os.rmdir("/lib/renamed")
    check.equal(_host_exists("/flash/lib/renamed"), False)


def test_statvfs_measures_the_flash_by_an_esp32_path():
    _flash_with_lib()
    _host.mkdir("/flash/measured")
    check.equal(os.statvfs("/measured")[:3], _host.statvfs("/flash/measured")[:3])
    _host.rmdir("/flash/measured")


def test_stat_gives_a_file_s_type_and_size_alone_as_littlefs_does():
    _flash_with_lib()
    _on_host("/flash/sized.txt", "12345")
    check.equal(os.stat("/sized.txt")[:7], (0x8000, 0, 0, 0, 0, 0, 5))


def test_stat_gives_a_folder_no_size_and_no_time_as_littlefs_keeps_none():
    _flash_with_lib()
    check.equal((os.stat("/"), os.stat("/lib")), ((0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0),) * 2)


def test_ilistdir_gives_name_type_no_inode_and_size():
    _flash_with_lib()
    _host.mkdir("/flash/listed")
    _host.mkdir("/flash/listed/sub")
    _on_host("/flash/listed/four.txt", "1234")
    check.equal(sorted(os.ilistdir("/listed")), [("four.txt", 0x8000, 0, 4), ("sub", 0x4000, 0, 0)])
    check.raises(OSError, os.ilistdir, "/not-there")


def test_a_file_written_now_is_dated_by_the_board_s_rtc():
    _flash_with_lib()
    machine.RTC().datetime((2021, 3, 4, 3, 5, 6, 7, 0))
    _on_host("/flash/dated.txt")
    found = os.stat("/dated.txt")
    check.equal(found[7] == found[8] == found[9], True)
    check.equal(time.localtime(found[8])[:5], (2021, 3, 4, 5, 6))


def test_a_file_written_before_the_rtc_was_set_back_to_2000_dates_from_2000():
    _flash_with_lib()
    _on_host("/flash/older.txt")
    machine.RTC().datetime((2000, 1, 1, 5, 0, 0, 0, 0))
    check.equal(os.stat("/older.txt")[8], 0)


def test_sys_path_is_the_esp32_s_then_the_shims_folders():
    import sys

    check.equal(sys.path[:2], ["", "/lib"])
    check.equal("/opt/board/lib" in sys.path, True)


def test_a_module_in_the_flash_s_lib_imports_as_the_esp32_names_it():
    _flash_with_lib()
    _on_host("/flash/lib/from_lib.py", "VALUE = 7\n")
    import from_lib

    check.equal((from_lib.VALUE, from_lib.__file__), (7, "/lib/from_lib.py"))


def test_the_shims_own_files_stay_the_host_s():
    import board
    import network

    board.event(board.RUN, "flash-paths")  # /proc/1/fd/1, the container's log
    network.RESOLVER = "/tmp/flash-paths-resolv.conf"
    network.PPP(io.BytesIO()).ifconfig(("10.0.5.1", "10.0.5.2", "255.255.255.255", "198.18.0.53"))
    with io.open("/tmp/flash-paths-resolv.conf") as f:
        check.equal(f.read(), "nameserver 198.18.0.53\n")


check.run(globals())
