# The drivers v1.13's ESP32 firmware freezes (neopixel, apa106, dht, onewire, ds18x20), uzlib,
# btree and uasyncio, with nothing attached to the board's pins: they construct and run as a script uses
# them, and what they read is what an empty pin gives.
import errno

import check
import esp32_port

esp32_port.install()
from machine import Pin  # noqa: E402  the board's


def test_neopixel_keeps_colours_in_the_leds_order_and_writes_them():
    import esp
    import neopixel
    from apa106 import APA106

    written = []
    real, esp.neopixel_write = esp.neopixel_write, lambda pin, buf, timing: written.append(bytes(buf))
    try:
        np = neopixel.NeoPixel(Pin(5), 2)
        np[0] = (255, 16, 1)
        np[1] = (0, 0, 9)
        np.write()
        apa = APA106(Pin(18), 1)
        apa[0] = (255, 16, 1)
        apa.write()
    finally:
        esp.neopixel_write = real
    check.equal((np[0], np[1]), ((255, 16, 1), (0, 0, 9)))
    check.equal(written, [bytes((16, 255, 1, 0, 0, 9)), bytes((255, 16, 1))])
    np.fill((7, 8, 9))
    check.equal(np.buf, bytearray((8, 7, 9, 8, 7, 9)))


def test_a_dht_with_no_sensor_times_out():
    import dht

    for sensor in (dht.DHT11(Pin(4)), dht.DHT22(Pin(4))):
        try:
            sensor.measure()
            raise AssertionError("a sensor answered")
        except OSError as e:
            check.equal(e.args[0], errno.ETIMEDOUT)


def test_dht22_reads_its_octets_as_the_firmware_does():
    import dht

    sensor = dht.DHT22(Pin(4))
    sensor.buf[:] = bytes((0x02, 0x8C, 0x80, 0x65, (0x02 + 0x8C + 0x80 + 0x65) & 0xFF))
    check.equal((round(sensor.humidity(), 1), round(sensor.temperature(), 1)), (65.2, -10.1))


def test_an_empty_one_wire_bus_has_no_device():
    import ds18x20
    import onewire

    bus = onewire.OneWire(Pin(12))
    check.equal((bus.reset(), bus.scan()), (False, []))
    check.raises(onewire.OneWireError, bus.reset, True)
    sensors = ds18x20.DS18X20(bus)
    check.equal(sensors.scan(), [])
    check.raises(onewire.OneWireError, sensors.convert_temp)


def test_the_one_wire_crc_of_a_rom_with_its_crc_is_zero():
    import onewire

    rom = bytearray((0x28, 0xFF, 0x64, 0x1E, 0x0F, 0x3C, 0x46))
    crc = onewire.OneWire(Pin(12)).crc8(rom)
    check.equal(onewire.OneWire(Pin(12)).crc8(rom + bytes((crc,))), 0)
    check.equal(onewire.OneWire(Pin(12)).crc8(b"\x02\x1c\xb8\x01\x00\x00\x00"), 0xA2)


def test_uzlib_decompresses_zlib_raw_deflate_and_gzip():
    import io
    import uzlib

    check.equal(uzlib.decompress(bytes.fromhex("789ccb48cdc9c957700d0e3036020017970382")), b"hello ESP32")
    check.equal(uzlib.decompress(bytes.fromhex("2b4a2c570400"), -15), b"raw!")
    gzip = io.BytesIO(bytes.fromhex("1f8b0800000000000203cbc80400ac2a93d802000000"))
    check.equal(uzlib.DecompIO(gzip, 31).read(), b"hi")


def test_uasyncio_runs_tasks():
    import sys

    sys.path.append(".frozen")  # where the Unix port keeps asyncio; the board's path has it
    import uasyncio
    from uasyncio import sleep_ms  # noqa: F401  a name of a part that loads when first named

    order = []

    async def tick(name, ms):
        await uasyncio.sleep_ms(ms)
        order.append(name)

    async def main():
        await uasyncio.gather(tick("late", 30), tick("early", 10))

    uasyncio.run(main())
    check.equal(order, ["early", "late"])


def test_btree_keeps_bytes_in_key_order_and_in_its_stream():
    import btree
    import io

    stream = io.BytesIO()
    db = btree.open(stream)
    db[b"3"] = b"three"
    db["1"] = "one"
    db[b"2"] = b"two"
    check.equal((db[b"1"], db.get(b"9"), b"2" in db, list(db)), (b"one", None, True, [b"1", b"2", b"3"]))
    check.equal(list(db.keys(b"2")), [b"2", b"3"])
    check.equal(list(db.values(b"1", b"3")), [b"one", b"two"])  # the end key left out
    check.equal(list(db.items(b"1", b"3", btree.INCL))[-1], (b"3", b"three"))
    check.equal(list(db.keys(None, None, btree.DESC)), [b"3", b"2", b"1"])
    del db[b"2"]
    db.close()
    again = btree.open(stream)
    check.equal(list(again.items()), [(b"1", b"one"), (b"3", b"three")])
    check.raises(KeyError, lambda: again[b"2"])


check.run(globals())
