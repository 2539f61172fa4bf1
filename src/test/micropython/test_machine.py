# machine, esp, esp32 and os as MicroPython v1.13's esp32 port offers them, with nothing attached
# to the board's pins. The board's restarts (machine.reset(), the watchdog, deep sleep) are
# caught at power.restart, which start.sh would answer by powering the board off.
import _thread
import binascii
import errno
import io

import board
import callbacks
import check
import esp32_port
import power
import socket
import time

esp32_port.install()  # as run.py does before boot.py
import machine  # noqa: E402  after install(): the board's modules, as boot.py and main.py get them
import os  # noqa: E402
from machine import ADC, I2C, PWM, SDCard, SPI, Pin, Signal, Timer, TouchPad, UART, WDT  # noqa: E402

events = []
controls = []  # what went to the network stack, which these tests run without
restarts = []
board.event = lambda kind, detail="": events.append((kind, detail))
board.control = controls.append
power.restart = lambda reason, off_ms=-1: restarts.append((reason, off_ms))


def _until(condition, loops):
    # the board's sleep, bounded: callbacks are served meanwhile
    for _ in range(loops):
        if condition():
            return
        time.sleep(0.05)


def test_an_output_pin_reads_back_what_it_drives():
    led = Pin(5, Pin.OUT)
    led.on()
    check.equal((led.value(), led()), (1, 1))
    led.off()
    check.equal(led.value(), 0)
    led(1)
    check.equal((Pin(5).value(), repr(led)), (1, "Pin(5)"))  # the GPIO's state, whichever object


def test_an_input_with_nothing_attached_reads_its_pull():
    check.equal(Pin(4, Pin.IN, Pin.PULL_UP).value(), 1)
    check.equal(Pin(4, Pin.IN, Pin.PULL_DOWN).value(), 0)
    check.equal(Pin(4, Pin.IN, None).value(), 0)
    check.equal(Pin(16, Pin.IN).value(), 0)


def test_an_open_drain_pin_released_reads_its_pull():
    pin = Pin(17, Pin.OPEN_DRAIN, Pin.PULL_UP, value=0)
    check.equal(pin.value(), 0)
    pin.value(1)
    check.equal(pin.value(), 1)
    pin.init(pull=None)
    check.equal(pin.value(), 0)


def test_pin_numbers_and_constants_are_the_esp32s():
    for gpio in (20, 24, 28, 31, 40, -1):
        check.raises(ValueError, Pin, gpio)
    check.raises(ValueError, Pin, 34, Pin.OUT)
    try:
        Pin(36, Pin.OUT)
    except ValueError as e:
        check.equal(str(e), "pin can only be input")
    check.equal(Pin(39, Pin.IN).value(), 0)
    check.equal((Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN), (1, 3, 7, 2, 1))
    check.equal((Pin.IRQ_RISING, Pin.IRQ_FALLING), (1, 2))


def test_value_before_mode_sets_the_level_the_output_starts_with():
    check.equal(Pin(18, Pin.OUT, value=1).value(), 1)


def test_irq_is_accepted_and_never_called():
    called = []
    irq = Pin(14, Pin.IN).irq(handler=called.append, trigger=Pin.IRQ_FALLING)
    check.equal((irq.trigger(), called), (Pin.IRQ_FALLING, []))


def test_the_led_on_gpio2_is_an_event_when_its_level_changes():
    del events[:]
    led = Pin(2, Pin.OUT)
    led.on()
    led.on()
    led.off()
    check.equal(events, [(board.LED, "on"), (board.LED, "off")])


def test_signal_and_time_pulse_us_work_on_a_pin():
    pin = Pin(19, Pin.OUT)
    Signal(pin, invert=True).on()
    check.equal(pin.value(), 0)
    check.equal(machine.time_pulse_us(Pin(21, Pin.IN), 1, 10000), -2)  # no pulse ever starts


def test_freq_is_240_mhz_and_takes_the_ports_frequencies():
    check.equal(machine.freq(), 240000000)
    machine.freq(80000000)
    check.equal(machine.freq(), 80000000)
    check.raises(ValueError, machine.freq, 100000000)
    machine.freq(240000000)


def test_unique_id_is_the_wifi_stations_mac():
    os.putenv("WLAN_MAC", "02:32:e5:32:00:01")
    check.equal(machine.unique_id(), b"\x02\x32\xe5\x32\x00\x01")


def test_reset_cause_follows_the_chips_reset_reason_as_v1_13_maps_it():
    for reason, cause in (("poweron", machine.PWRON_RESET), ("sw", machine.HARD_RESET),
                          ("panic", machine.HARD_RESET), ("task_wdt", machine.WDT_RESET),
                          ("deepsleep", machine.DEEPSLEEP_RESET)):
        os.putenv("BOARD_RESET_REASON", reason)
        check.equal((reason, machine.reset_cause()), (reason, cause))
    os.unsetenv("BOARD_RESET_REASON")
    check.equal(machine.reset_cause(), machine.PWRON_RESET)
    check.equal((machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET,
                 machine.SOFT_RESET), (1, 2, 3, 4, 5))
    check.equal((machine.EXT0_WAKE, machine.EXT1_WAKE, machine.TIMER_WAKE, machine.TOUCHPAD_WAKE), (2, 3, 4, 5))


def test_reset_and_deepsleep_restart_the_board():
    del restarts[:]
    del events[:]
    machine.reset()
    machine.deepsleep(5000)
    machine.deepsleep()
    check.equal(restarts, [("sw", -1), ("deepsleep", 5000), ("deepsleep", -1)])
    check.equal([kind for kind, _ in events], [board.RESET, board.DEEPSLEEP, board.DEEPSLEEP])


def test_lightsleep_returns_after_its_time_woken_by_the_timer():
    os.putenv("BOARD_RESET_REASON", "poweron")
    check.equal(machine.wake_reason(), 0)  # no sleep since power-on
    os.putenv("BOARD_RESET_REASON", "deepsleep")
    check.equal(machine.wake_reason(), machine.TIMER_WAKE)
    os.unsetenv("BOARD_RESET_REASON")
    start = time.ticks_ms()
    machine.lightsleep(100)
    check.equal(time.ticks_diff(time.ticks_ms(), start) >= 100, True)
    check.equal(machine.wake_reason(), machine.TIMER_WAKE)


def test_the_watchdog_restarts_the_board_only_when_not_fed_in_time():
    check.raises(ValueError, WDT, 0, 999)
    check.raises(ValueError, WDT, 1, 5000)
    del restarts[:]
    wdt = WDT(timeout=1000)
    check.equal(WDT(timeout=1000) is wdt, True)
    for _ in range(8):
        time.sleep_ms(250)
        wdt.feed()
    check.equal(restarts, [])
    _until(lambda: restarts, 60)
    check.equal(restarts, [("task_wdt", -1)])
    check.equal((board.WATCHDOG, "not fed for 1000 ms") in events, True)


def test_a_periodic_timer_calls_back_with_itself_while_the_board_sleeps():
    calls = []
    timer = Timer(0)
    timer.init(period=50, mode=Timer.PERIODIC, callback=calls.append)
    _until(lambda: len(calls) >= 3, 100)
    timer.deinit()
    count = len(calls)
    time.sleep_ms(200)
    check.equal((count >= 3, len(calls), calls[0]), (True, count, timer))


def test_a_one_shot_timer_calls_back_once():
    calls = []
    Timer(1).init(period=30, mode=Timer.ONE_SHOT, callback=calls.append)
    time.sleep_ms(300)
    check.equal(len(calls), 1)


def test_a_timer_is_one_of_four_hardware_timers():
    check.equal((Timer(2) is Timer(6), Timer(2) is Timer(3)), (True, False))
    check.equal((Timer.ONE_SHOT, Timer.PERIODIC), (0, 1))


def test_a_raising_timer_callback_prints_its_traceback_and_the_others_still_run():
    console = io.StringIO()
    callbacks.console = console
    ok = []

    def broken(timer):
        raise ValueError("timer broke")

    Timer(2).init(period=20, mode=Timer.ONE_SHOT, callback=broken)
    Timer(3).init(period=40, mode=Timer.ONE_SHOT, callback=ok.append)
    time.sleep_ms(200)
    text = console.getvalue()
    check.equal(("ValueError: timer broke" in text, "in broken" in text, len(ok)), (True, True, 1))


def test_timers_run_while_the_repl_waits_for_input():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 18301))
    server.listen(1)
    writer = socket.socket()
    writer.connect(("127.0.0.1", 18301))
    console, _ = server.accept()
    Timer(0).init(period=50, mode=Timer.ONE_SHOT, callback=lambda timer: writer.send(b"x"))
    while not callbacks.serve(-1, console):  # the REPL's wait: it ends once the timer has typed a key
        pass
    check.equal(console.recv(1), b"x")
    for sock in (console, writer, server):
        sock.close()


def test_idle_gives_due_callbacks_their_turn():
    calls = []
    Timer(1).init(period=0, mode=Timer.ONE_SHOT, callback=calls.append)
    while not calls:  # a busy wait as user code writes it: idle() lets the callback run
        machine.idle()
    check.equal(len(calls), 1)
    state = machine.disable_irq()
    machine.enable_irq(state)


def test_i2c_finds_no_device_and_none_answers():
    bus = I2C(scl=Pin(22), sda=Pin(21), freq=100000)
    check.equal(bus.scan(), [])
    try:
        bus.readfrom(0x3C, 2)
    except OSError as e:
        check.equal(e.args[0], errno.ENODEV)
    check.equal(I2C(0).scan(), [])
    check.raises(ValueError, I2C, 2)
    check.raises(TypeError, I2C, -1)


def test_spi_reads_an_undriven_line_as_zeros():
    bus = SPI(1, baudrate=1000000, polarity=0, phase=0)
    bus.write(b"\x01\x02")
    check.equal(bus.read(3), b"\x00\x00\x00")
    buf = bytearray(b"\xff\xff")
    bus.write_readinto(b"ab", buf)
    check.equal(buf, bytearray(2))
    check.raises(ValueError, SPI, 3)
    check.raises(ValueError, lambda: SPI(-1, sck=Pin(18)))


def test_adc_reads_an_open_input_as_zero_on_its_pins_only():
    adc = ADC(Pin(34))
    adc.atten(ADC.ATTN_11DB)
    adc.width(ADC.WIDTH_12BIT)
    check.equal((adc.read(), adc.read_u16(), repr(adc)), (0, 0, "ADC(Pin(34))"))
    check.raises(ValueError, ADC, Pin(2))
    check.raises(ValueError, ADC, 34)


def test_pwm_keeps_its_frequency_and_duty():
    pwm = PWM(Pin(13), freq=1000)
    check.equal((pwm.freq(), pwm.duty()), (1000, 512))
    pwm.duty(100)
    check.equal(pwm.duty(), 100)
    check.raises(ValueError, pwm.freq, 0)
    pwm.deinit()


def test_an_untouched_pad_reads_high_and_only_touch_pins_are_pads():
    check.equal(TouchPad(Pin(4)).read() > 0, True)
    check.raises(ValueError, TouchPad, Pin(5))


def test_uart1_has_nothing_attached_and_uart2_is_the_stacks():
    uart = UART(1, baudrate=9600)
    uart.init(9600, bits=8, parity=None, stop=1)
    check.equal((uart.write(b"hello"), uart.read(), uart.readline(), uart.any()), (5, None, None, 0))
    check.equal(UART(2).read(), None)  # what reaches UART2 goes to the network stack
    check.raises(ValueError, UART, 3)


def test_a_uart_is_configured_as_it_is_made_and_init_changes_only_what_it_is_given():
    check.equal(repr(UART(2)), "UART(2, baudrate=115200, bits=8, parity=None, stop=1)")
    uart = UART(2, 230400)
    uart.init(bits=7)
    check.equal((uart.baudrate, uart.bits, uart.parity, uart.stop), (230400, 7, None, 1))
    uart.init(baudrate=9600, parity=0)
    check.equal((uart.baudrate, uart.bits, uart.parity), (9600, 7, 0))


def test_esp_offers_its_log_levels_and_the_flash_sizes():
    import esp

    esp.osdebug(None)
    esp.osdebug(0, esp.LOG_DEBUG)
    check.equal((esp.flash_size(), esp.flash_user_start()), (4194304, 0x200000))
    check.equal((esp.LOG_NONE, esp.LOG_ERROR, esp.LOG_VERBOSE), (0, 1, 5))


def test_esp32_sensors_read_and_wake_sources_are_accepted():
    import esp32

    check.equal((type(esp32.raw_temperature()), type(esp32.hall_sensor())), (int, int))
    esp32.wake_on_ext0(pin=Pin(4), level=esp32.WAKEUP_ANY_HIGH)
    esp32.wake_on_ext1(pins=(Pin(32), Pin(33)), level=esp32.WAKEUP_ALL_LOW)
    esp32.wake_on_touch(True)
    check.raises(ValueError, esp32.wake_on_ext0, 4)


def test_os_uname_is_v1_13_esp32s_and_the_rest_is_the_unix_ports():
    import uos

    name = os.uname()
    check.equal((name.sysname, name.nodename, name.release, name.version, name.machine),
                ("esp32", "esp32", "1.13.0", "v1.13 on 2020-09-02", "ESP32 module with ESP32"))
    check.equal((name[0], len(name), uos.uname().sysname), ("esp32", 5, "esp32"))
    check.equal(str(name).startswith("(sysname='esp32', nodename='esp32'"), True)
    check.equal(type(os.listdir("/")), list)


def test_dupterm_gives_back_what_was_attached():
    stream = io.StringIO()
    check.equal(os.dupterm(stream), None)
    check.equal(os.dupterm(None) is stream, True)
    check.equal(os.dupterm(None), None)


def test_umachine_is_the_boards_machine():
    import umachine

    check.equal(umachine.Pin, Pin)


def test_the_sd_card_slot_is_empty():
    import errno

    card = SDCard(slot=2, sck=Pin(14), miso=Pin(2), mosi=Pin(15), cs=Pin(13))
    try:
        card.info()
        raise AssertionError("a card answered")
    except OSError as e:
        check.equal(e.args[0], errno.ETIMEDOUT)
    check.raises(ValueError, SDCard, 4)


def test_a_write_to_uart2_goes_onto_the_line_through_the_stack():
    uart = UART(2, 230400)
    del controls[:]
    check.equal(uart.write(b"\x7e\xff" * 150 + b"hi"), 302)
    check.equal(uart.write("AT\r"), 3)
    check.equal(controls, ["uart2-write " + "7eff" * 100, "uart2-write " + "7eff" * 50 + "6869", "uart2-write 41540d"])


def test_uart2_reads_what_waits_in_the_stacks_receive_buffer():
    import board

    waiting = [b"\x7e\xff\x03", b"login:\nrest"]

    def stack(command):
        controls.append(command)
        if command == "uart2-read 256":
            return binascii.hexlify(waiting.pop(0)).decode() if waiting else ""
        return ""

    board.control = stack
    try:
        uart = UART(2, 115200)
        check.equal(uart.any(), 14)
        check.equal(uart.read(2), b"\x7e\xff")
        check.equal(uart.readline(), b"\x03login:\n")
        buf = bytearray(8)
        check.equal((uart.readinto(buf), bytes(buf[:4])), (4, b"rest"))
        check.equal((uart.read(), uart.readline(), uart.any()), (None, None, 0))
        waiting.append(b"ab")
        uart.init(timeout=30)
        check.equal(uart.read(3), b"ab")  # not the three it asked for within its 30 ms
        check.equal(uart.read(1), None)
    finally:
        board.control = controls.append


def test_uart2_announces_each_rate_it_is_set_to_on_its_own_line_ahead_of_what_it_sends():
    del controls[:]
    uart = UART(2, 230400)
    uart.init(bits=7)
    uart.init(baudrate=115200)
    # RFC 2217's SET-BAUDRATE shape: IAC SB 44 1, the rate in four octets, IAC SE
    check.equal(controls, ["uart2-write fffa2c0100038400fff0"] * 2 + ["uart2-write fffa2c010001c200fff0"])


check.run(globals())
