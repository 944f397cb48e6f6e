#!/bin/sh
# Makes a local stand-in for node:22-bookworm-slim when no image registry is reachable:
# a Debian bookworm minbase root filesystem (debootstrap, from the Debian mirror) plus this
# machine's Node.js binary and npm, with a `node` user (uid/gid 1000) as in the official image.
#
#   sudo scripts/podman/make-base-image.sh            # -> localhost/dorsi-node-base:<node major>
#   podman build --format docker --network=host \
#     --build-arg NODE_IMAGE=localhost/dorsi-node-base:20 -t dorsi:local .
#   (with CONTAINERS_CONF=scripts/podman/containers.conf where podman's defaults fail: see README)
#
# Needs root, debootstrap, podman, and a glibc-linked Node.js >= 20.19 on the host (e.g. NodeSource's
# Debian package: check with `ldd "$(command -v node)"`). Does nothing if the image already exists
# (FORCE=1 rebuilds). Environment: MIRROR (default http://deb.debian.org/debian), IMAGE (tag),
# EXTRA_CA_DIR (default /usr/local/share/ca-certificates): the host's locally added CA
# certificates (*.crt), trusted in the image too, so that `npm ci` in a build works behind a
# TLS-inspecting proxy. This base image is for local builds only; never push it.
set -eu

NODE_BIN=$(readlink -f "$(command -v node)")
NPM_DIR=$(readlink -f "$(npm root -g 2>/dev/null)/npm")
NODE_VERSION=$("$NODE_BIN" -p 'process.versions.node')
IMAGE=${IMAGE:-localhost/dorsi-node-base:${NODE_VERSION%%.*}}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
EXTRA_CA_DIR=${EXTRA_CA_DIR:-/usr/local/share/ca-certificates}

if [ "${FORCE:-0}" != 1 ] && podman image exists "$IMAGE"; then
  echo "$IMAGE already exists (FORCE=1 to rebuild)"
  exit 0
fi

WORK=$(mktemp -d /tmp/dorsi-base.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/rootfs

# ca-certificates: npm and discord.js talk TLS. libstdc++6 is already in minbase (apt needs it).
debootstrap --variant=minbase --include=ca-certificates bookworm "$ROOT" "$MIRROR"

install -m 0755 "$NODE_BIN" "$ROOT/usr/local/bin/node"
mkdir -p "$ROOT/usr/local/lib/node_modules"
cp -a "$NPM_DIR" "$ROOT/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOT/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$ROOT/usr/local/bin/npx"

if ls "$EXTRA_CA_DIR"/*.crt >/dev/null 2>&1; then
  cp "$EXTRA_CA_DIR"/*.crt "$ROOT/usr/local/share/ca-certificates/"
  chroot "$ROOT" update-ca-certificates
fi

chroot "$ROOT" groupadd --gid 1000 node
chroot "$ROOT" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
chroot "$ROOT" node --version >/dev/null # the binary's shared libraries are all there

# What a container does not need.
rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/*.bin "$ROOT"/var/cache/apt/archives/*.deb \
  "$ROOT"/usr/share/doc/* "$ROOT"/usr/share/man/* "$ROOT"/usr/share/info/* "$ROOT"/var/log/*.log \
  "$ROOT"/tmp/* "$ROOT"/root/.npm

# Node.js has its own CA list; NODE_EXTRA_CA_CERTS (below) makes it trust the system bundle too.
tar -C "$ROOT" --numeric-owner -cf "$WORK/rootfs.tar" .
podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV NODE_VERSION=$NODE_VERSION" \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' \
  "$WORK/rootfs.tar" "$IMAGE"
podman image ls "$IMAGE"
