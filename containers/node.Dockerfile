# The image of a plain node role (router, internet, esp32, ...): the base root filesystem plus
# the role's own folder in /opt/node, started by its start.sh. A role with special needs has a
# Dockerfile of its own in its folder instead.
ARG BASE
FROM ${BASE}
ARG ROLE
COPY common/ /opt/node/
COPY ${ROLE}/ /opt/node/
# the BusyBox tools the field notes' recipes use (route, ifconfig), as on the boards' Linux
RUN chmod +x /opt/node/*.sh \
 && for applet in route ifconfig nslookup; do ln -s /bin/busybox "/usr/local/sbin/$applet"; done
CMD ["/opt/node/start.sh"]
