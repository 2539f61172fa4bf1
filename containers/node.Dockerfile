# The image of a plain node role (router, internet, esp32, ...): the base root filesystem plus
# the role's own folder in /opt/node, started by its start.sh. A role with special needs has a
# Dockerfile of its own in its folder instead.
ARG BASE
FROM ${BASE}
ARG ROLE
COPY common/ /opt/node/
COPY ${ROLE}/ /opt/node/
RUN chmod +x /opt/node/*.sh
CMD ["/opt/node/start.sh"]
