# The base image where a registry is reachable (ordinary CI runners): Debian 13 from the
# registry's debian:trixie-slim, with the same packages as the mmdebstrap path. Chosen with
# ESP32PPP_BASE=registry; this machine kind has no registry and uses mmdebstrap.
FROM debian:trixie-slim
COPY packages.txt /tmp/packages.txt
# user-mode-linux comes from forky, as in the mmdebstrap path (packages.txt says why)
RUN echo 'deb [check-valid-until=no] http://deb.debian.org/debian forky main' > /etc/apt/sources.list.d/forky.list \
 && echo 'APT::Default-Release "trixie";' > /etc/apt/apt.conf.d/99default-release \
 && apt-get update \
 && grep -vE '^\s*(#|$)' /tmp/packages.txt | xargs apt-get install -y --no-install-recommends \
 && rm -rf /var/lib/apt/lists/* /tmp/packages.txt
