package dev.esp32ppp.esp32;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLine;
import dev.esp32ppp.events.StackReady;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The ESP32 network-stack model as a process in the esp32 container. It owns UART2 (a pty),
 * ppp0 (a TUN held by socat) and the default route, and takes orders on a control socket, one
 * command a line: {@code active 1}, {@code connect}, {@code isconnected}, {@code ifconfig},
 * {@code state}, {@code wifi-connect SSID PASSWORD [IP MASK_BITS GATEWAY DNS]} (with the four:
 * the static address WLAN.ifconfig() set, in DHCP's place), {@code wifi-hostname NAME} (what
 * DHCP asks for, config(dhcp_hostname=)), {@code uart2-write HEX} (the board's own octets on
 * UART2, as a write to machine.UART(2) puts them), {@code uart2-read MAX} (up to MAX octets
 * from UART2's receive buffer in hex, as the program's read() takes them before connect();
 * nothing after it), {@code wifi-isconnected},
 * {@code wifi-ifconfig}, {@code wifi-disconnect}. Each answer is one line: {@code ok [VALUE]} or
 * {@code error ERRNO}; {@code active 0} answers when the board's active(False) would return, once
 * the link closed (4 s at the most). Events go to standard output as {@link EventLine}s.
 *
 * <p>usage: ModelMain UART_PATH PROFILE CONTROL_PORT
 */
public final class ModelMain {
    private static final int MODEL_UDP_PORT = 7101;
    private static final int TUN_UDP_PORT = 7102;

    private final ExecutorScheduler scheduler = new ExecutorScheduler("esp32-link");
    private final Esp32Model model;
    private final WifiStation wifi = new WifiStation(env("LAB_WIFI_SSID"), env("LAB_WIFI_PASSWORD"), ModelMain::event);
    private final DatagramChannel tun;
    private final OutputStream uartOut;

    private ModelMain(String uart, FirmwareProfile profile) throws IOException {
        FileInputStream uartIn = new FileInputStream(uart);
        uartOut = new FileOutputStream(uart);
        tun = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), MODEL_UDP_PORT));
        InetSocketAddress tunEnd = new InetSocketAddress(InetAddress.getLoopbackAddress(), TUN_UDP_PORT);
        model = new Esp32Model(profile, scheduler, new ContainerNetwork(MODEL_UDP_PORT, TUN_UDP_PORT),
                bytes -> write(uartOut, bytes),
                datagram -> send(tun, datagram, tunEnd),
                ModelMain::event);
        Thread.ofPlatform().daemon().name("uart2-reader").start(() -> readUart(uartIn));
        Thread.ofPlatform().daemon().name("ppp0-reader").start(this::readTun);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ModelMain UART_PATH PROFILE CONTROL_PORT");
            System.exit(2);
        }
        ModelMain main = new ModelMain(args[0], FirmwareProfile.byId(args[1]));
        try (ServerSocket control = new ServerSocket(Integer.parseInt(args[2]), 8, InetAddress.getLoopbackAddress())) {
            event(EventKind.MODEL_READY, new StackReady(args[1], Esp32Stack.MODEL.id(), null).text());
            while (true) {
                Socket client = control.accept();
                Thread.ofPlatform().daemon().name("control").start(() -> main.serve(client));
            }
        }
    }

    private void serve(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(answer(line.trim()));
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** Runs one command on the link's thread and waits for its answer, which may come later (active 0). */
    private String answer(String command) {
        CompletableFuture<String> result = new CompletableFuture<>();
        scheduler.execute(() -> {
            try {
                execute(command).thenAccept(result::complete);
            } catch (Esp32Model.ModelError e) {
                result.complete("error " + e.getMessage());
            } catch (RuntimeException e) {
                result.complete("error EINVAL " + e.getMessage());
            }
        });
        try {
            return result.get();
        } catch (InterruptedException | ExecutionException e) {
            return "error EINTR";
        }
    }

    private CompletableFuture<String> execute(String command) {
        String[] words = command.split("\\s+");
        if (words[0].equals("active")) {
            return model.active(words.length < 2 || words[1].equals("1")).thenApply(returned -> "ok");
        }
        return CompletableFuture.completedFuture(answerAtOnce(words));
    }

    private String answerAtOnce(String[] words) {
        return switch (words[0]) {
            case "connect" -> {
                model.connect();
                yield "ok";
            }
            case "isconnected" -> "ok " + model.isConnected();
            case "ifconfig" -> "ok " + model.ifconfig();
            case "state" -> "ok " + model.state();
            case "wifi-connect" -> {
                String ssid = words[1];
                String password = words.length > 2 ? words[2] : "-";
                WifiStation.StaticAddress fixed = words.length > 6
                        ? new WifiStation.StaticAddress(words[3], words[4], words[5], words[6]) : null;
                // association and DHCP take a while: connect() returns at once, as on the board
                Thread.ofPlatform().daemon().name("wifi").start(() -> {
                    WifiStation.Lease lease = wifi.connect(ssid, password, fixed);
                    if (lease != null) {
                        scheduler.execute(() -> model.wifiUp(lease));
                    }
                });
                yield "ok";
            }
            // connect()'s credentials (lwIP's pppapi_set_auth): the model has no PAP or CHAP
            case "auth" -> "error EOPNOTSUPP the model stack speaks no PAP or CHAP; run the board on lwip";
            case "uart2-write" -> {
                write(uartOut, HexFormat.of().parseHex(words[1]));
                yield "ok";
            }
            case "uart2-read" -> "ok " + HexFormat.of().formatHex(model.readUart2(Integer.parseInt(words[1])));
            case "wifi-hostname" -> {
                wifi.hostname(words[1]);
                yield "ok";
            }
            case "wifi-disconnect" -> {
                wifi.disconnect();
                yield "ok";
            }
            case "wifi-isconnected" -> "ok " + (wifi.lease() != null);
            case "wifi-ifconfig" -> {
                WifiStation.Lease lease = wifi.lease();
                yield "ok " + (lease == null ? "0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0"
                        : lease.ip() + " " + lease.netmask() + " " + lease.router() + " " + lease.dns());
            }
            default -> "error EINVAL unknown command '" + words[0] + "'";
        };
    }

    private void readUart(FileInputStream in) {
        byte[] buffer = new byte[2048];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                scheduler.execute(() -> model.serialInput(chunk, chunk.length));
            }
        } catch (IOException e) {
            event(EventKind.UART2_CLOSED, e.getMessage());
        }
    }

    private void readTun() {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        try {
            while (true) {
                buffer.clear();
                tun.receive(buffer);
                buffer.flip();
                byte[] datagram = new byte[buffer.remaining()];
                buffer.get(datagram);
                // one datagram at a time: a full UART holds ppp0's queue back, as lwIP's would
                scheduler.submit(() -> model.fromPpp0(datagram)).join();
            }
        } catch (IOException e) {
            event(EventKind.PPP0_CLOSED, e.getMessage());
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            event(EventKind.UART2_WRITE_FAILED, e.getMessage());
        }
    }

    private static void send(DatagramChannel channel, byte[] datagram, InetSocketAddress to) {
        try {
            channel.send(ByteBuffer.wrap(datagram), to);
        } catch (IOException e) {
            event(EventKind.PPP0_WRITE_FAILED, e.getMessage());
        }
    }

    private static synchronized void event(EventKind kind, String detail) {
        System.out.println(new EventLine(kind, detail == null ? "" : detail).text());
        System.out.flush();
    }
}
