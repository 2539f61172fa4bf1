/*
 * lwIP's options for the ESP32's PPP as MicroPython v1.13 on ESP-IDF v3.3.2 builds it:
 * PPP over serial with PAP and CHAP, IPv4 and IPv6 (so IPV6CP), DNS (usepeerdns asks for the
 * peer's name servers), Van Jacobson compression, no LCP echo, a flag before every frame
 * (ESP-IDF's PPP_MAXIDLEFLAG 0). NO_SYS: one thread, lwIP's timers run from esp32-lwip.c's loop.
 *
 * What differs from the board, and why: lwIP's own IP stack never sees a packet here. The input
 * hooks hand every IP packet the PPP netif decoded (after VJ) to the TUN ppp0, where the
 * container's Linux stack plays the ESP32's sockets; memory comes from the C library.
 */
#ifndef ESP32_LWIPOPTS_H
#define ESP32_LWIPOPTS_H

#define NO_SYS                          1
#define SYS_LIGHTWEIGHT_PROT            0
#define LWIP_NETCONN                    0
#define LWIP_SOCKET                     0
#define MEM_LIBC_MALLOC                 1
#define MEMP_MEM_MALLOC                 1
#define MEM_ALIGNMENT                   8

#define LWIP_IPV4                       1
#define LWIP_IPV6                       1
/* lwIP asserts otherwise on 64-bit pointers (its fragment header overlays a pointer) */
#define IPV6_FRAG_COPYHEADER            1
/* lwIP compiles VJ compression only with TCP (the ESP32 has both) */
#define LWIP_TCP                        1
#define LWIP_UDP                        1
#define LWIP_DNS                        1
#define LWIP_RAW                        0
#define LWIP_IGMP                       0
#define LWIP_DHCP                       0

/* ESP-IDF v3.3.2, components/lwip/port/esp32/include/lwipopts.h with MicroPython's sdkconfig */
#define PPP_SUPPORT                     1
#define PPPOS_SUPPORT                   1
#define PPP_IPV4_SUPPORT                1
#define PPP_IPV6_SUPPORT                1
#define PAP_SUPPORT                     1
#define CHAP_SUPPORT                    1
#define MSCHAP_SUPPORT                  0
#define MPPE_SUPPORT                    0
#define VJ_SUPPORT                      1
#define PPP_MAXIDLEFLAG                 0
#define LCP_ECHOINTERVAL                0
#define PPP_DEBUG                       LWIP_DBG_OFF
/* ours: the phases reach the harness as events */
#define PPP_NOTIFY_PHASE                1

#define LWIP_NETIF_STATUS_CALLBACK      0
#define LWIP_STATS                      0

/* every IP packet the PPP netif decoded goes to ppp0 instead of lwIP's own stack */
struct pbuf;
struct netif;
int esp32_ip4_input(struct pbuf *p, struct netif *inp);
int esp32_ip6_input(struct pbuf *p, struct netif *inp);
#define LWIP_HOOK_IP4_INPUT(p, inp)     esp32_ip4_input((p), (inp))
#define LWIP_HOOK_IP6_INPUT(p, inp)     esp32_ip6_input((p), (inp))

#endif
