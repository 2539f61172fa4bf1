# The base image where a registry is reachable (ordinary CI runners): Debian 13 from the
# registry's debian:trixie-slim, with the same packages as the mmdebstrap path. Chosen with
# ESP32PPP_BASE=registry; this machine kind has no registry and uses mmdebstrap.
FROM debian:trixie-slim
COPY packages.txt /tmp/packages.txt
RUN apt-get update \
 && grep -vE '^\s*(#|$)' /tmp/packages.txt | xargs apt-get install -y --no-install-recommends \
 && rm -rf /var/lib/apt/lists/* /tmp/packages.txt
