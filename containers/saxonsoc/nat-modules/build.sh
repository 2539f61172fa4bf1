# Builds the netfilter modules Debian's user-mode Linux kernel lacks for iptables' nat table (the
# LAN Linux masquerades a tunnel): its config leaves out NF_TABLES_IPV4 and NFT_NAT, so
# nf_tables.ko has no ip family and there is no nft_chain_nat.ko. Built from the very Debian source
# the kernel was (linux-source of the version user-mode-linux names in Built-Using), with its
# config and those two options, by forky's gcc (the config's major version); only these modules,
# not the kernel. Checks that the config changed in nothing else, that the modules carry the stock
# modules' vermagic and that every symbol they need is one the stock kernel or its modules export.
# usage: sh build.sh OUT      (the modules land in OUT/KERNEL_VERSION/updates)
set -eu
out=$1
here=$(dirname "$0")
# the source package's file is pinned: apt's index has only forky's newest linux-source, and a
# module must come from the kernel's own source. When user-mode-linux moves to another kernel,
# the check below says so: pin that version's linux-source here.
source_version=7.2.7-1
source_sha256=c3dfc962177a467bd359aa6a175f0be458a3e61d14b6c23c8a1f68fa06bfd05f
added="NF_TABLES_IPV4 NFT_NAT"
# what olddefconfig sets once those are on: the defaults under NF_TABLES_IPV4
follows="NFT_REJECT_IPV4 NFT_DUP_IPV4 NFT_FIB_IPV4"
modules="net/netfilter/nf_tables.ko net/netfilter/nft_chain_nat.ko net/netfilter/nft_nat.ko"

kernel_version=$(ls /usr/lib/uml/modules)
stock=/usr/lib/uml/modules/$kernel_version
built_using=$(dpkg-query -W -f '${Built-Using}' user-mode-linux)
[ "$built_using" = "linux (= $source_version)" ] || {
  echo "nat-modules: user-mode-linux is built from '$built_using', build.sh pins linux $source_version" >&2; exit 1; }

mirror=$(sh "$here/debian-mirror.sh")
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -q -y --no-install-recommends -t forky \
  gcc make bc flex bison binutils libc6-dev xz-utils
config_gcc=$(zcat /usr/share/doc/user-mode-linux/config.gz | sed -n 's/^CONFIG_GCC_VERSION=//p')
gcc_major=$(gcc -dumpversion | cut -d. -f1)
[ "$gcc_major" = $((config_gcc / 10000)) ] || {
  echo "nat-modules: the kernel was built by gcc $config_gcc, forky has gcc $gcc_major" >&2; exit 1; }

cd /tmp
series=${source_version%.*-*}
curl -fsS -o linux-source.deb "$mirror/pool/main/l/linux/linux-source-${series}_${source_version}_all.deb"
echo "$source_sha256  linux-source.deb" | sha256sum -c -
dpkg-deb -x linux-source.deb deb
XZ_OPT=-T0 tar -xJf "deb/usr/src/linux-source-$series.tar.xz"
rm -r linux-source.deb deb
cd "linux-source-$series"
source_kernel=$(make -s kernelversion)
[ "$source_kernel" = "$kernel_version" ] || {
  echo "nat-modules: linux-source $source_version is $source_kernel, the kernel $kernel_version" >&2; exit 1; }

zcat /usr/share/doc/user-mode-linux/config.gz > /tmp/config.stock
cp /tmp/config.stock .config
./scripts/config --enable NF_TABLES_IPV4 --module NFT_NAT
make -s ARCH=um olddefconfig
# every option that changed must be one of ours (the toolchain's version lines aside)
changed=$(diff /tmp/config.stock .config | sed -n 's/^[<>] \(# \)\{0,1\}CONFIG_\([A-Z0-9_]*\)[= ].*/\2/p' | sort -u \
  | grep -vxE "$(echo "$added $follows" | tr ' ' '|')|CC_VERSION_TEXT|GCC_VERSION|AS_VERSION|LD_VERSION" || true)
[ -z "$changed" ] || { echo "nat-modules: the config changed beyond $added: $changed" >&2; exit 1; }
diff /tmp/config.stock .config || true

# single .ko targets build in-tree modules without vmlinux; modpost, lacking vmlinux, cannot
# resolve symbols and only warns: depmod checks them below against the stock kernel's exports
# shellcheck disable=SC2086 # $modules is several targets
make -s ARCH=um -j"$(nproc)" KBUILD_MODPOST_WARN=1 $modules > /tmp/modules.log 2>&1 || { cat /tmp/modules.log; exit 1; }
grep -v 'undefined!$' /tmp/modules.log || true
mkdir -p "$stock/updates"
for module in $modules; do
  [ "$(modinfo -F vermagic "$module")" = "$(modinfo -F vermagic "$stock/kernel/net/netfilter/nf_tables.ko")" ] || {
    echo "nat-modules: $module has vermagic '$(modinfo -F vermagic "$module")'" >&2; exit 1; }
  cp "$module" "$stock/updates/"
done
perl "$here/kernel-exports.pl" /usr/bin/linux.uml > /tmp/kernel.symvers
unknown=$(depmod -e -E /tmp/kernel.symvers "$kernel_version" 2>&1 | grep updates/ || true)
[ -z "$unknown" ] || { echo "nat-modules: $unknown" >&2; exit 1; }
mkdir -p "$out/$kernel_version"
cp -r "$stock/updates" "$out/$kernel_version/"
cd /tmp && rm -rf "linux-source-$series"
