# Prints, as a Module.symvers for depmod -E, the symbols a stripped user-mode Linux kernel
# exports to modules. Each __ksymtab entry is three pointers (value, name, namespace); the name
# points into __ksymtab_strings, and __kflagstab holds one byte for each entry, which checks the
# entry size. (Not __ksymtab_strings alone: the linker shares string tails, so a name like
# _printk has no string of its own there.)
# usage: perl kernel-exports.pl KERNEL
use strict;
use warnings;
my ($kernel) = @ARGV;
my %section;
for (`readelf -SW $kernel`) {
    $section{$1} = { addr => hex $2, offset => hex $3, size => hex $4 }
        if /\]\s+(__k\w+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)/;
}
open my $file, '<:raw', $kernel or die "kernel-exports: $kernel: $!\n";
sub contents {
    my $s = $section{$_[0]} or die "kernel-exports: $kernel has no $_[0]\n";
    seek $file, $s->{offset}, 0;
    read $file, my $bytes, $s->{size};
    return $bytes;
}
my ($table, $strings) = (contents('__ksymtab'), contents('__ksymtab_strings'));
my $entries = length($table) / 24;
die "kernel-exports: $entries entries of 24 bytes, but $section{__kflagstab}{size} flags\n"
    unless $entries == length contents('__kflagstab');
for my $i (0 .. $entries - 1) {
    my (undef, $name) = unpack 'Q<Q<', substr($table, $i * 24, 16);
    my $start = $name - $section{__ksymtab_strings}{addr};
    my $symbol = substr $strings, $start, index($strings, "\0", $start) - $start;
    print "0x00000000\t$symbol\tvmlinux\tEXPORT_SYMBOL\t\n";
}
