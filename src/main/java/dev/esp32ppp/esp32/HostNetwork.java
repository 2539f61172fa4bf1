package dev.esp32ppp.esp32;

/** The ESP32 container's own network, which mirrors lwIP's interfaces and default route. */
interface HostNetwork {
    /** Creates ppp0, lwIP's PPP netif, up but without addresses. */
    void createPpp();

    void pppAddresses(String local, String peer);

    /** IP went down on the link: ppp0 keeps no address. */
    void pppAddressesGone();

    /** lwIP freed its PPP netif: ppp0 is gone, and the routes through it. */
    void removePpp();

    void defaultViaPpp();

    void defaultViaWifi(String gateway);

    /** The routing table as it is now, one route a line. */
    String routes();
}
