/*
 * esp32-lwip: the ESP32's network stack as real lwIP, a process in the lab's esp32 container.
 *
 * lwIP's PPP (netif/ppp from Debian's lwip source package, options as ESP-IDF v3.3.2 sets them:
 * lwipopts.h) runs on UART2, a pty; the IP packets it decodes go to a TUN ppp0 and the packets
 * the container sends on ppp0 leave through the PPP netif (VJ compression and HDLC framing by
 * lwIP). Around it, this file plays what MicroPython v1.13's network_ppp.c does with lwIP
 * (active(), connect(), isconnected(), ifconfig()) and what ESP-IDF v3 does when the WiFi
 * station gets its address (it becomes lwIP's default netif), and mirrors lwIP's default netif
 * into the container's routes. It speaks the Java model's control protocol (ModelMain): one
 * command a line on 127.0.0.1:PORT, answered "ok [VALUE]" or "error ERRNO", and reports the same
 * events as "@@event KIND DETAIL" lines on standard output, which is the container's log. One
 * command is lwIP's alone (the model speaks no PAP or CHAP): "auth TYPE USER PASSWORD", what
 * connect(authmode=, username=, password=) hands to pppapi_set_auth, the two in hex so that any
 * octet survives the line. "uart2-write HEX" puts the board's own octets on UART2, as a write to
 * machine.UART(2) does, beside (or in the middle of) what lwIP sends; "uart2-read MAX" takes up to
 * MAX octets (hex) of what waits in UART2's receive buffer, as the program's read() does before
 * connect() (nothing after it). One command is its own, for
 * tests: "uart2-received", how many octets it has read from UART2 (a
 * test that wrote as many knows nothing of it is still on the way).
 *
 * One thread, lwIP's NO_SYS mode: a select() loop over the UART, the TUN, the control clients
 * and lwIP's timers.
 *
 * usage: esp32-lwip UART_PATH PROFILE CONTROL_PORT RESTART_MS MAX_CONFREQS
 *   RESTART_MS and MAX_CONFREQS are the firmware profile's FSM restart timer and Configure-Request
 *   count: its window to connect is their product.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lwip/dns.h"
#include "lwip/init.h"
#include "lwip/ip_addr.h"
#include "lwip/netif.h"
#include "lwip/pbuf.h"
#include "lwip/timeouts.h"
#include "netif/ppp/ppp.h"
#include "netif/ppp/pppos.h"

/* MicroPython's network_ppp.c: how long active(False) waits for the link to close */
#define PPP_CLOSE_TIMEOUT_MS 4000
/* the ESP32 UART driver's receive buffer: what arrives before connect() waits there, the rest is lost */
#define UART_RX_BUFFER 256
#define MAX_CLIENTS 16
#define LINE_MAX_LEN 512

static const char *profile;
static u32_t restart_ms;
static u8_t max_confreqs;
static int uart_fd = -1;
static int tun_fd = -1;

/* ---- events: one line each on standard output, the container's log ------------------------ */

static void event(const char *kind, const char *format, ...) {
    char detail[1024] = "";
    va_list args;
    va_start(args, format);
    vsnprintf(detail, sizeof detail, format, args);
    va_end(args);
    printf("@@event %s%s%s\n", kind, detail[0] ? " " : "", detail);
    fflush(stdout);
}

/* ---- commands of the container (iproute2, udhcpc) ------------------------------------------ */

/* Runs a command; with out, collects what it prints (NUL-terminated). Returns its exit status. */
static int run(char *const argv[], char *out, size_t out_size) {
    int pipe_fds[2] = {-1, -1};
    if (out != NULL && pipe2(pipe_fds, O_CLOEXEC) != 0) {
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        return -1;
    }
    if (pid == 0) {
        int null_fd = open("/dev/null", O_WRONLY);
        dup2(out != NULL ? pipe_fds[1] : null_fd, STDOUT_FILENO);
        dup2(null_fd, STDERR_FILENO);
        execvp(argv[0], argv);
        _exit(127);
    }
    if (out != NULL) {
        close(pipe_fds[1]);
        size_t used = 0;
        ssize_t n;
        while ((n = read(pipe_fds[0], out + used, out_size - 1 - used)) > 0) {
            used += (size_t)n;
        }
        out[used] = '\0';
        close(pipe_fds[0]);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) {
        return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#define RUN(...) run((char *const[]){__VA_ARGS__, NULL}, NULL, 0)

/* The routing table as the model reports it: "ip route show", one route after another with "; ". */
static void routing_table(const char *when) {
    char table[2048];
    if (run((char *const[]){"ip", "route", "show", NULL}, table, sizeof table) != 0) {
        strcpy(table, "(ip route failed)");
    }
    size_t end = strlen(table);
    while (end > 0 && (table[end - 1] == '\n' || table[end - 1] == ' ')) {
        table[--end] = '\0';
    }
    char joined[4096] = "";
    for (char *line = strtok(table, "\n"); line != NULL; line = strtok(NULL, "\n")) {
        if (joined[0]) {
            strncat(joined, "; ", sizeof joined - strlen(joined) - 1);
        }
        strncat(joined, line, sizeof joined - strlen(joined) - 1);
    }
    event("routing-table", "%s: %s", when, joined);
}

/* Whether a read brought nothing; at the end, or on an error other than "not now", the
 * descriptor is closed and the event of that kind tells why. */
static bool read_ended(ssize_t n, int *fd, const char *kind) {
    if (n > 0) {
        return false;
    }
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        event(kind, "%s", n == 0 ? "end of file" : strerror(errno));
        close(*fd);
        *fd = -1;
    }
    return true;
}

/* ---- lwIP's port: time, random numbers ------------------------------------------------------ */

u32_t sys_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (u32_t)(now.tv_sec * 1000 + now.tv_nsec / 1000000);
}

u32_t sys_jiffies(void) {
    return sys_now();
}

unsigned int esp32_random(void) {
    unsigned int value = 0;
    if (getrandom(&value, sizeof value, 0) != sizeof value) {
        value = (unsigned int)rand();
    }
    return value;
}

void esp32_diagnostic(const char *format, ...) {
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
}

/* ---- the ESP32's PPP: MicroPython's network.PPP over lwIP ----------------------------------- */

static ppp_pcb *pcb;
static bool active;
/* network_ppp.c's flags: whether connect() started its UART task, what isconnected() says */
static bool reading_uart;
static bool connected;
static bool clean_close;
/* what was reported: ppp-up without ppp-down, LCP opened since connect(), each FSM's state */
static bool ip_reported_up;
static bool lcp_opened;
static u8_t fsm_seen[3];

/* The FSM restart timer in milliseconds. lwIP keeps it in whole seconds (settings.fsm_timeout_time,
 * used by every FSM as TIMEOUT(fsm_timeout, f, seconds)); a profile's 1.5 s needs the
 * milliseconds, so the link wraps sys_timeout (-Wl,--wrap=sys_timeout) and gives an FSM's
 * restart timer the profile's value. Every other timer passes unchanged. */
void __real_sys_timeout(u32_t msecs, sys_timeout_handler handler, void *arg);

void __wrap_sys_timeout(u32_t msecs, sys_timeout_handler handler, void *arg) {
    if (pcb != NULL && msecs == pcb->settings.fsm_timeout_time * 1000u
        && (arg == &pcb->lcp_fsm || arg == &pcb->ipcp_fsm || arg == &pcb->ipv6cp_fsm)) {
        msecs = restart_ms;
    }
    __real_sys_timeout(msecs, handler, arg);
}

static const char *const PHASES[] = {"DEAD", "MASTER", "HOLDOFF", "INITIALIZE", "SERIALCONN", "DORMANT",
    "ESTABLISH", "AUTHENTICATE", "CALLBACK", "NETWORK", "RUNNING", "TERMINATE", "DISCONNECT"};
/* RFC 1661's states in lwIP's order (PPP_FSM_INITIAL ... PPP_FSM_OPENED), named as the model names them */
static const char *const FSM_STATES[] = {"INITIAL", "STARTING", "CLOSED", "STOPPED", "CLOSING", "STOPPING",
    "REQ_SENT", "ACK_RCVD", "ACK_SENT", "OPENED"};
static const char *const FSM_NAMES[] = {"LCP", "IPCP", "IPV6CP"};

static const char *phase_name(u8_t phase) {
    return phase < sizeof PHASES / sizeof PHASES[0] ? PHASES[phase] : "?";
}

static const char *fsm_state_name(int state) {
    return state >= 0 && state < (int)(sizeof FSM_STATES / sizeof FSM_STATES[0]) ? FSM_STATES[state] : "?";
}

static fsm *fsm_of(int i) {
    return i == 0 ? &pcb->lcp_fsm : i == 1 ? &pcb->ipcp_fsm : &pcb->ipv6cp_fsm;
}

static const char *dotted(const ip4_addr_t *address, char *buffer) {
    return ip4addr_ntoa_r(address, buffer, IP4ADDR_STRLEN_MAX);
}

/* Reports what lwIP changed since the last look: each FSM's state (lwIP has no hook for them,
 * so they are compared after every step and before every callback's own event) and IPv4 going
 * down, when ppp0 loses its address at once, as lwIP's netif does. */
static void watch_link(void) {
    if (pcb == NULL) {
        return;
    }
    for (int i = 0; i < 3; i++) {
        int state = fsm_of(i)->state;
        if (state != fsm_seen[i]) {
            event("ppp-fsm", "%s %s -> %s", FSM_NAMES[i], fsm_state_name(fsm_seen[i]), fsm_state_name(state));
            fsm_seen[i] = (u8_t)state;
        }
    }
    if (pcb->lcp_fsm.state == PPP_FSM_OPENED) {
        lcp_opened = true;
    }
    if (ip_reported_up && !pcb->if4_up) {
        ip_reported_up = false;
        RUN("ip", "-4", "addr", "flush", "dev", "ppp0");
        event("ppp-down", "");
    }
}

static void phase_changed(ppp_pcb *which, u8_t phase, void *ctx) {
    LWIP_UNUSED_ARG(which);
    LWIP_UNUSED_ARG(ctx);
    watch_link();
    event("ppp-phase", "%s", phase_name(phase));
}

/* network_ppp.c's ppp_status_cb, and the events the model reports at the same moments */
static void status_changed(ppp_pcb *which, int err_code, void *ctx) {
    LWIP_UNUSED_ARG(ctx);
    watch_link();
    struct netif *netif = ppp_netif(which);
    switch (err_code) {
    case PPPERR_NONE:
        connected = ip4_addr_get_u32(netif_ip4_addr(netif)) != 0;
        if (connected && which->if4_up && !ip_reported_up) {
            char local[IP4ADDR_STRLEN_MAX], peer[IP4ADDR_STRLEN_MAX];
            dotted(netif_ip4_addr(netif), local);
            dotted(netif_ip4_gw(netif), peer);
            RUN("ip", "addr", "replace", local, "peer", peer, "dev", "ppp0");
            ip_reported_up = true;
            event("ppp-up", "local=%s peer=%s", local, peer);
        }
        break;
    case PPPERR_USER:
        clean_close = true;
        break;
    case PPPERR_CONNECT:
        connected = false;
        if (!lcp_opened) {
            event("ppp-gave-up", "no answer within %u ms (PPPERR_CONNECT)",
                  restart_ms * which->settings.fsm_max_conf_req_transmits);
        }
        break;
    default:
        break;
    }
}

/* ---- UART2: a pty on the harness's cable ---------------------------------------------------- */

static struct {
    u8_t *data;
    size_t length, capacity;
} uart_out;
static u8_t uart_waiting[UART_RX_BUFFER];
static size_t uart_waiting_length;
static unsigned long long uart_received;

static void uart_flush(void) {
    while (uart_out.length > 0) {
        ssize_t n = write(uart_fd, uart_out.data, uart_out.length);
        if (n < 0) {
            if (errno != EAGAIN && errno != EINTR) {
                event("uart2-write-failed", "%s", strerror(errno));
                uart_out.length = 0;
            }
            return;
        }
        memmove(uart_out.data, uart_out.data + n, uart_out.length - (size_t)n);
        uart_out.length -= (size_t)n;
    }
}

/* lwIP's framed bytes: queued and written as fast as the pty takes them */
static u32_t uart_output(ppp_pcb *which, u8_t *data, u32_t length, void *ctx) {
    LWIP_UNUSED_ARG(which);
    LWIP_UNUSED_ARG(ctx);
    if (uart_out.length + length > uart_out.capacity) {
        uart_out.capacity = (uart_out.length + length) * 2;
        uart_out.data = realloc(uart_out.data, uart_out.capacity);
        if (uart_out.data == NULL) {
            abort();
        }
    }
    memcpy(uart_out.data + uart_out.length, data, length);
    uart_out.length += length;
    uart_flush();
    return length;
}

static void uart_readable(void) {
    u8_t buffer[2048];
    ssize_t n = read(uart_fd, buffer, sizeof buffer);
    if (read_ended(n, &uart_fd, "uart2-closed")) {
        return;
    }
    uart_received += (unsigned long long)n;
    if (reading_uart) {
        pppos_input(pcb, buffer, (int)n);
    } else {
        size_t room = sizeof uart_waiting - uart_waiting_length;
        size_t kept = (size_t)n < room ? (size_t)n : room;
        memcpy(uart_waiting + uart_waiting_length, buffer, kept);
        uart_waiting_length += kept;
    }
}

/* The program's UART(2).read(): up to MAX octets of what waits in the receive buffer, in hex,
 * before connect(); nothing after it, as network_ppp.c's task reads the UART from then on. */
static void uart_read_command(const char *max_word, char *answer, size_t size) {
    long max = max_word != NULL ? strtol(max_word, NULL, 10) : 0;
    size_t n = reading_uart || max <= 0 ? 0 : (size_t)max < uart_waiting_length ? (size_t)max : uart_waiting_length;
    size_t fits = (size - 4) / 2;
    n = n < fits ? n : fits;
    int used = snprintf(answer, size, "ok ");
    for (size_t i = 0; i < n; i++) {
        used += snprintf(answer + used, size - (size_t)used, "%02x", uart_waiting[i]);
    }
    memmove(uart_waiting, uart_waiting + n, uart_waiting_length - n);
    uart_waiting_length -= n;
}

/* ---- ppp0: a TUN the container's own stack uses --------------------------------------------- */

static void tun_open(void) {
    tun_fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    struct ifreq request;
    memset(&request, 0, sizeof request);
    request.ifr_flags = IFF_TUN | IFF_NO_PI;
    strncpy(request.ifr_name, "ppp0", IFNAMSIZ - 1);
    if (tun_fd < 0 || ioctl(tun_fd, TUNSETIFF, &request) != 0) {
        fprintf(stderr, "esp32-lwip: cannot create the TUN ppp0: %s\n", strerror(errno));
        exit(1);
    }
    RUN("ip", "link", "set", "ppp0", "up");
    /* a short queue, as lwIP's few buffers and pppd's ppp0 have: TCP feels the line's pace */
    RUN("ip", "link", "set", "ppp0", "txqueuelen", "3");
}

static int to_tun(struct pbuf *p) {
    static u8_t packet[0xffff];
    if (tun_fd >= 0) {
        u16_t length = pbuf_copy_partial(p, packet, p->tot_len, 0);
        if (write(tun_fd, packet, length) < 0 && errno != EAGAIN) {
            event("ppp0-write-failed", "%s", strerror(errno));
        }
    }
    pbuf_free(p);
    return 1;
}

int esp32_ip4_input(struct pbuf *p, struct netif *inp) {
    LWIP_UNUSED_ARG(inp);
    return to_tun(p);
}

int esp32_ip6_input(struct pbuf *p, struct netif *inp) {
    LWIP_UNUSED_ARG(inp);
    return to_tun(p);
}

/* One packet the container sent on ppp0 goes out through the PPP netif (dropped there while the
 * link is down). Read only when the UART has taken everything before: a full UART holds ppp0's
 * queue back, as lwIP's would. */
static void tun_readable(void) {
    static u8_t packet[0xffff];
    ssize_t n = read(tun_fd, packet, sizeof packet);
    if (read_ended(n, &tun_fd, "ppp0-closed")) {
        return;
    }
    struct pbuf *p = pbuf_alloc(PBUF_RAW, (u16_t)n, PBUF_RAM);
    if (p == NULL) {
        return;
    }
    pbuf_take(p, packet, (u16_t)n);
    struct netif *netif = ppp_netif(pcb);
    if ((packet[0] >> 4) == 4) {
        netif->output(netif, p, NULL);
    } else if ((packet[0] >> 4) == 6) {
        netif->output_ip6(netif, p, NULL);
    }
    pbuf_free(p);
}

/* ---- lwIP's default netif, mirrored into the container's routes ------------------------------ */

static struct netif wifi_netif;
static bool wifi_added;
static struct netif *mirrored_default;

static void mirror_default(void) {
    if (netif_default == mirrored_default) {
        return;
    }
    char route[128];
    routing_table("before");
    if (netif_default == NULL) {
        RUN("ip", "route", "del", "default");
        strcpy(route, "no default");
    } else if (netif_default == &wifi_netif) {
        char gateway[IP4ADDR_STRLEN_MAX];
        dotted(netif_ip4_gw(&wifi_netif), gateway);
        RUN("ip", "route", "replace", "default", "via", gateway, "dev", "wlan0");
        snprintf(route, sizeof route, "default via %s dev wlan0", gateway);
    } else {
        RUN("ip", "route", "replace", "default", "dev", "ppp0");
        strcpy(route, "default dev ppp0");
    }
    mirrored_default = netif_default;
    event("route", "%s", route);
    routing_table("after");
}

/* ---- the WiFi station: joins the lab's network, DHCP by busybox udhcpc, or the static address
 * that WLAN.ifconfig() set (udhcpc's own script takes it, as it takes a lease) -------------- */

static struct {
    char ip[16], netmask[16], router[16], dns[16];
} lease;
static bool has_lease;
static pid_t dhcp_pid = -1;

static err_t wifi_drop(struct netif *netif, struct pbuf *p, const ip4_addr_t *address) {
    LWIP_UNUSED_ARG(netif);
    LWIP_UNUSED_ARG(p);
    LWIP_UNUSED_ARG(address);
    return ERR_OK;
}

static err_t wifi_netif_init(struct netif *netif) {
    netif->name[0] = 's';
    netif->name[1] = 't';
    netif->mtu = 1500;
    netif->output = wifi_drop;
    return ERR_OK;
}

/* The name DHCP asks for (option 12), as ESP-IDF's tcpip_adapter sends it: config(dhcp_hostname=) */
static char dhcp_hostname[64] = "espressif";

/* The static address, as WLAN.ifconfig((ip, mask, gw, dns)) gave it (mask in bits), or NULL. */
struct static_address {
    const char *ip, *mask_bits, *router, *dns;
};

static void wifi_connect(const char *ssid, const char *password, const struct static_address *fixed) {
    const char *lab_ssid = getenv("LAB_WIFI_SSID");
    const char *lab_password = getenv("LAB_WIFI_PASSWORD");
    if (lab_ssid == NULL || strcmp(ssid, lab_ssid) != 0) {
        event("wifi-failed", "no network %s", ssid);
        return;
    }
    if (lab_password == NULL || strcmp(password, lab_password) != 0) {
        event("wifi-failed", "wrong password");
        return;
    }
    event("wifi-associated", "ssid=%s", ssid);
    dhcp_pid = fork();
    if (dhcp_pid == 0) {
        int null_fd = open("/dev/null", O_WRONLY);
        dup2(null_fd, STDOUT_FILENO);
        dup2(null_fd, STDERR_FILENO);
        if (fixed != NULL) {
            setenv("interface", "wlan0", 1);
            setenv("ip", fixed->ip, 1);
            setenv("mask", fixed->mask_bits, 1);
            setenv("router", fixed->router, 1);
            setenv("dns", fixed->dns, 1);
            execlp("sh", "sh", "/opt/node/udhcpc.sh", "bound", (char *)NULL);
        }
        char hostname_option[80];
        snprintf(hostname_option, sizeof hostname_option, "hostname:%s", dhcp_hostname);
        execlp("busybox", "busybox", "udhcpc", "-i", "wlan0", "-q", "-n", "-t", "5", "-T", "1",
               "-x", hostname_option, "-s", "/opt/node/udhcpc.sh", (char *)NULL);
        _exit(127);
    }
}

static void read_lease(void) {
    FILE *file = fopen("/run/wlan0.lease", "r");
    char line[128];
    int bits = 24;
    while (file != NULL && fgets(line, sizeof line, file) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "ip=", 3) == 0) {
            snprintf(lease.ip, sizeof lease.ip, "%.15s", line + 3);
        } else if (strncmp(line, "mask=", 5) == 0) {
            bits = atoi(line + 5);
        } else if (strncmp(line, "router=", 7) == 0) {
            snprintf(lease.router, sizeof lease.router, "%.15s", line + 7);
        } else if (strncmp(line, "dns=", 4) == 0) {
            snprintf(lease.dns, sizeof lease.dns, "%.15s", line + 4);
        }
    }
    if (file != NULL) {
        fclose(file);
    }
    struct in_addr mask = {htonl(bits == 0 ? 0 : 0xffffffffu << (32 - bits))};
    inet_ntop(AF_INET, &mask, lease.netmask, sizeof lease.netmask);
}

/* ESP-IDF v3: the station that got its address becomes lwIP's default netif, PPP or not, and
 * DHCP's name server becomes lwIP's first (what network.PPP's ifconfig() shows as DNS). */
static void wifi_up(void) {
    ip4_addr_t ip, netmask, gateway;
    ip_addr_t dns;
    ip4addr_aton(lease.ip, &ip);
    ip4addr_aton(lease.netmask, &netmask);
    ip4addr_aton(lease.router, &gateway);
    if (!wifi_added) {
        netif_add(&wifi_netif, &ip, &netmask, &gateway, NULL, wifi_netif_init, netif_input);
        wifi_added = true;
    } else {
        netif_set_addr(&wifi_netif, &ip, &netmask, &gateway);
    }
    netif_set_up(&wifi_netif);
    netif_set_link_up(&wifi_netif);
    if (ipaddr_aton(lease.dns, &dns)) {
        dns_setserver(0, &dns);
    }
    event("wifi-up", "ip=%s gw=%s", lease.ip, lease.router);
    netif_set_default(&wifi_netif);
    mirror_default();
}

static void dhcp_check(void) {
    int status;
    if (dhcp_pid > 0 && waitpid(dhcp_pid, &status, WNOHANG) == dhcp_pid) {
        dhcp_pid = -1;
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            read_lease();
            has_lease = true;
            wifi_up();
        } else {
            event("wifi-failed", "no DHCP answer");
        }
    }
}

/* ---- network.PPP: active(), connect(), as network_ppp.c does them --------------------------- */

static void ppp_activate(void) {
    if (active) {
        return;
    }
    tun_open();
    memset(fsm_seen, PPP_FSM_INITIAL, sizeof fsm_seen);
    /* a netif of its own each time: one whose PCB could not be freed stays in lwIP's list */
    struct netif *netif = calloc(1, sizeof *netif);
    pcb = netif == NULL ? NULL : pppos_create(netif, uart_output, status_changed, NULL);
    if (pcb == NULL) {
        fprintf(stderr, "esp32-lwip: pppos_create failed\n");
        exit(1);
    }
    ppp_set_notify_phase_callback(pcb, phase_changed);
    /* the profile's window: whole seconds here, the milliseconds in __wrap_sys_timeout */
    pcb->settings.fsm_timeout_time = (u8_t)((restart_ms + 999) / 1000);
    pcb->settings.fsm_max_conf_req_transmits = max_confreqs;
    ip_reported_up = false;
    lcp_opened = false;
    active = true;
    event("ppp-active", "profile=%s window=%ums", profile,
          restart_ms * pcb->settings.fsm_max_conf_req_transmits);
}

/* connect()'s credentials: lwIP keeps pointers to them, so they live here */
static char auth_user[128], auth_password[128];

/* Decodes hex into octets, a NUL after them (text), false when it is not hex or too long. */
static bool unhex(const char *hex, char *text, size_t size) {
    size_t length = strlen(hex);
    if (length % 2 != 0 || length / 2 >= size) {
        return false;
    }
    for (size_t i = 0; i < length / 2; i++) {
        unsigned int octet;
        if (sscanf(hex + 2 * i, "%2x", &octet) != 1) {
            return false;
        }
        text[i] = (char)octet;
    }
    text[length / 2] = '\0';
    return true;
}

/* network_ppp.c: pppapi_set_auth when connect() has an authmode other than AUTH_NONE */
static const char *ppp_auth_command(const char *type, const char *user, const char *password) {
    if (!active) {
        return "error EPERM";
    }
    if (type == NULL || user == NULL || password == NULL || !unhex(user, auth_user, sizeof auth_user)
        || !unhex(password, auth_password, sizeof auth_password)) {
        return "error EINVAL auth TYPE USER PASSWORD, the last two in hex";
    }
    int authtype = atoi(type);
    if (authtype != PPPAUTHTYPE_PAP && authtype != PPPAUTHTYPE_CHAP) {
        return "error EINVAL auth TYPE is 1 (PAP) or 2 (CHAP)";
    }
    ppp_set_auth(pcb, (u8_t)authtype, auth_user, auth_password);
    return "ok";
}

static const char *ppp_connect_command(void) {
    if (!active) {
        return "error EPERM";
    }
    if (reading_uart) {
        return "error EALREADY";
    }
    /* network_ppp.c: pppapi_set_default, ppp_set_usepeerdns, pppapi_connect, then its UART task */
    ppp_set_default(pcb);
    mirror_default();
    ppp_set_usepeerdns(pcb, 1);
    event("ppp-connect", "");
    ppp_connect(pcb, 0);
    reading_uart = true;
    if (uart_waiting_length > 0) {
        pppos_input(pcb, uart_waiting, (int)uart_waiting_length);
        uart_waiting_length = 0;
    }
    return "ok";
}

/* active(False) waits for the close (or its timeout) before it answers */
static struct {
    bool pending;
    int client;
    u32_t deadline;
} closing;

static void ppp_finish_deactivate(void) {
    reading_uart = false;
    struct netif *netif = ppp_netif(pcb);
    if (ppp_free(pcb) == ERR_OK) {
        free(netif);
    } else {
        fprintf(stderr, "esp32-lwip: ppp_free: the link is not dead yet, its PCB stays behind\n");
    }
    pcb = NULL;
    close(tun_fd);
    tun_fd = -1;
    active = false;
    connected = false;
    clean_close = false;
    ip_reported_up = false;
    mirror_default();
}

/* ---- the control socket ---------------------------------------------------------------------- */

static struct client {
    int fd;
    char buffer[LINE_MAX_LEN];
    size_t length;
    bool ended;
} clients[MAX_CLIENTS];

static void reply(int client, const char *answer) {
    char line[LINE_MAX_LEN + 32];
    int n = snprintf(line, sizeof line, "%s\n", answer);
    if (write(clients[client].fd, line, (size_t)n) < 0) {
        clients[client].ended = true;
    }
}

static void ifconfig_answer(char *answer, size_t size) {
    if (pcb == NULL) {
        snprintf(answer, size, "ok None None None None");
        return;
    }
    struct netif *netif = ppp_netif(pcb);
    char ip[IP4ADDR_STRLEN_MAX], gateway[IP4ADDR_STRLEN_MAX], netmask[IP4ADDR_STRLEN_MAX];
    const ip_addr_t *dns = dns_getserver(0);
    snprintf(answer, size, "ok %s %s %s %s", dotted(netif_ip4_addr(netif), ip), dotted(netif_ip4_gw(netif), gateway),
             dotted(netif_ip4_netmask(netif), netmask), ipaddr_ntoa(dns));
}

/* Answers one command; returns false when the answer comes later (active 0 waits for the close). */
static bool execute(int client, char *command) {
    char answer[LINE_MAX_LEN] = "ok";
    char *words[7] = {NULL};
    int count = 0;
    for (char *word = strtok(command, " \t\r"); word != NULL && count < 7; word = strtok(NULL, " \t\r")) {
        words[count++] = word;
    }
    if (count == 0) {
        snprintf(answer, sizeof answer, "error EINVAL unknown command ''");
    } else if (strcmp(words[0], "active") == 0) {
        if (words[1] == NULL || strcmp(words[1], "1") == 0) {
            ppp_activate();
        } else if (active && reading_uart) {
            /* network_ppp.c: pppapi_close, wait for PPPERR_USER, end the UART task, pppapi_free */
            ppp_close(pcb, 0);
            closing.pending = true;
            closing.client = client;
            closing.deadline = sys_now() + PPP_CLOSE_TIMEOUT_MS;
            return false;
        } else if (active) {
            ppp_finish_deactivate();
        }
    } else if (strcmp(words[0], "uart2-write") == 0) {
        char octets[LINE_MAX_LEN / 2];
        if (words[1] == NULL || !unhex(words[1], octets, sizeof octets)) {
            snprintf(answer, sizeof answer, "error EINVAL uart2-write HEX");
        } else {
            uart_output(NULL, (u8_t *)octets, (u32_t)(strlen(words[1]) / 2), NULL);
        }
    } else if (strcmp(words[0], "uart2-read") == 0) {
        uart_read_command(words[1], answer, sizeof answer);
    } else if (strcmp(words[0], "auth") == 0) {
        snprintf(answer, sizeof answer, "%s", ppp_auth_command(words[1], words[2], words[3]));
    } else if (strcmp(words[0], "connect") == 0) {
        snprintf(answer, sizeof answer, "%s", ppp_connect_command());
    } else if (strcmp(words[0], "uart2-received") == 0) {
        snprintf(answer, sizeof answer, "ok %llu", uart_received);
    } else if (strcmp(words[0], "isconnected") == 0) {
        snprintf(answer, sizeof answer, "ok %s", connected ? "true" : "false");
    } else if (strcmp(words[0], "ifconfig") == 0) {
        ifconfig_answer(answer, sizeof answer);
    } else if (strcmp(words[0], "state") == 0) {
        snprintf(answer, sizeof answer, "ok phase=%s lcp=%s ipcp=%s ipv6cp=%s connected=%s",
                 phase_name(pcb ? pcb->phase : PPP_PHASE_DEAD), fsm_state_name(pcb ? pcb->lcp_fsm.state : 0),
                 fsm_state_name(pcb ? pcb->ipcp_fsm.state : 0), fsm_state_name(pcb ? pcb->ipv6cp_fsm.state : 0),
                 connected ? "true" : "false");
    } else if (strcmp(words[0], "wifi-connect") == 0 && words[1] != NULL) {
        struct static_address fixed = {words[3], words[4], words[5], words[6]};
        wifi_connect(words[1], words[2] != NULL ? words[2] : "-", words[6] != NULL ? &fixed : NULL);
    } else if (strcmp(words[0], "wifi-hostname") == 0 && words[1] != NULL) {
        snprintf(dhcp_hostname, sizeof dhcp_hostname, "%s", words[1]);
    } else if (strcmp(words[0], "wifi-disconnect") == 0) {
        has_lease = false;
    } else if (strcmp(words[0], "wifi-isconnected") == 0) {
        snprintf(answer, sizeof answer, "ok %s", has_lease ? "true" : "false");
    } else if (strcmp(words[0], "wifi-ifconfig") == 0) {
        if (has_lease) {
            snprintf(answer, sizeof answer, "ok %s %s %s %s", lease.ip, lease.netmask, lease.router, lease.dns);
        } else {
            snprintf(answer, sizeof answer, "ok 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0");
        }
    } else {
        snprintf(answer, sizeof answer, "error EINVAL unknown command '%s'", words[0]);
    }
    reply(client, answer);
    return true;
}

/* Answers the client's complete lines, unless it waits for an answer; closes it once it ended and nothing waits. */
static void serve(int client) {
    struct client *c = &clients[client];
    char *end;
    while (!(closing.pending && closing.client == client) && (end = memchr(c->buffer, '\n', c->length)) != NULL) {
        *end = '\0';
        char line[LINE_MAX_LEN];
        snprintf(line, sizeof line, "%s", c->buffer);
        size_t used = (size_t)(end - c->buffer) + 1;
        memmove(c->buffer, c->buffer + used, c->length - used);
        c->length -= used;
        execute(client, line);
        watch_link();
    }
    if (c->ended && !(closing.pending && closing.client == client)) {
        close(c->fd);
        c->fd = -1;
    }
}

static void client_readable(int client) {
    struct client *c = &clients[client];
    ssize_t n = read(c->fd, c->buffer + c->length, sizeof c->buffer - 1 - c->length);
    if (n <= 0) {
        if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
            c->ended = true;
        }
    } else {
        c->length += (size_t)n;
        if (c->length == sizeof c->buffer - 1 && memchr(c->buffer, '\n', c->length) == NULL) {
            c->ended = true; /* a line longer than any command */
        }
    }
    serve(client);
}

static void close_check(void) {
    if (closing.pending && (clean_close || (s32_t)(sys_now() - closing.deadline) >= 0)) {
        closing.pending = false;
        ppp_finish_deactivate();
        int client = closing.client;
        if (clients[client].fd >= 0) {
            reply(client, "ok");
            serve(client);
        }
    }
}

static int control_listen(int port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                                  .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (bind(fd, (struct sockaddr *)&address, sizeof address) != 0 || listen(fd, 8) != 0) {
        fprintf(stderr, "esp32-lwip: cannot listen on 127.0.0.1:%d: %s\n", port, strerror(errno));
        exit(1);
    }
    return fd;
}

static void control_accept(int control) {
    int fd = accept4(control, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) {
        return;
    }
    for (int i = 0; i < MAX_CLIENTS; i++) {
        if (clients[i].fd < 0) {
            clients[i] = (struct client){.fd = fd};
            return;
        }
    }
    close(fd);
}

/* ---- the loop ---------------------------------------------------------------------------------- */

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: esp32-lwip UART_PATH PROFILE CONTROL_PORT RESTART_MS MAX_CONFREQS\n");
        return 2;
    }
    profile = argv[2];
    restart_ms = (u32_t)strtoul(argv[4], NULL, 10);
    unsigned long confreqs = strtoul(argv[5], NULL, 10);
    if (restart_ms == 0 || restart_ms > 255000 || confreqs == 0 || confreqs > 255) {
        fprintf(stderr, "esp32-lwip: RESTART_MS must be 1..255000 and MAX_CONFREQS 1..255\n");
        return 2;
    }
    max_confreqs = (u8_t)confreqs;
    signal(SIGPIPE, SIG_IGN);
    uart_fd = open(argv[1], O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (uart_fd < 0) {
        fprintf(stderr, "esp32-lwip: cannot open %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    for (int i = 0; i < MAX_CLIENTS; i++) {
        clients[i].fd = -1;
    }
    lwip_init();
    int control = control_listen(atoi(argv[3]));
    event("model-ready", "profile=%s stack=lwip lwip=%s", profile, LWIP_VERSION_STRING);
    for (;;) {
        sys_check_timeouts();
        watch_link();
        close_check();
        dhcp_check();

        fd_set readable, writable;
        FD_ZERO(&readable);
        FD_ZERO(&writable);
        int highest = control;
        FD_SET(control, &readable);
        if (uart_fd >= 0) {
            FD_SET(uart_fd, &readable);
            if (uart_out.length > 0) {
                FD_SET(uart_fd, &writable);
            }
            highest = uart_fd > highest ? uart_fd : highest;
        }
        if (tun_fd >= 0 && pcb != NULL && uart_out.length == 0) {
            FD_SET(tun_fd, &readable);
            highest = tun_fd > highest ? tun_fd : highest;
        }
        for (int i = 0; i < MAX_CLIENTS; i++) {
            if (clients[i].fd >= 0) {
                FD_SET(clients[i].fd, &readable);
                highest = clients[i].fd > highest ? clients[i].fd : highest;
            }
        }
        u32_t sleep_ms = sys_timeouts_sleeptime();
        if ((dhcp_pid > 0 || closing.pending) && sleep_ms > 20) {
            sleep_ms = 20;
        }
        struct timeval timeout = {.tv_sec = sleep_ms / 1000, .tv_usec = (sleep_ms % 1000) * 1000};
        int ready = select(highest + 1, &readable, &writable, NULL,
                           sleep_ms == SYS_TIMEOUTS_SLEEPTIME_INFINITE ? NULL : &timeout);
        if (ready < 0) {
            continue;
        }
        if (uart_fd >= 0 && FD_ISSET(uart_fd, &writable)) {
            uart_flush();
        }
        if (uart_fd >= 0 && FD_ISSET(uart_fd, &readable)) {
            uart_readable();
            watch_link();
        }
        if (tun_fd >= 0 && FD_ISSET(tun_fd, &readable)) {
            tun_readable();
        }
        if (FD_ISSET(control, &readable)) {
            control_accept(control);
        }
        for (int i = 0; i < MAX_CLIENTS; i++) {
            if (clients[i].fd >= 0 && FD_ISSET(clients[i].fd, &readable)) {
                client_readable(i);
            }
        }
    }
}
