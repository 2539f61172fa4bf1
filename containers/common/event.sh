# Sourced by node scripts: report a milestone to the harness as a line on PID 1's output, which
# is the container's log (and in a user-mode Linux guest, its console): event KIND [DETAIL].
event() {
  echo "@@event $*" > /proc/1/fd/1
}

# The kinds the node scripts report, named here only. The harness's catalogue of events
# (dev.esp32ppp.events.EventKind) has the same ones; EventKindsOfEveryLanguageTest holds them equal.
EVENT_BOARD_UP=board-up
EVENT_BOARD_RESET=board-reset
EVENT_PANIC=panic
EVENT_KERNEL_UP=kernel-up
EVENT_BOOT_START=boot-start
EVENT_BOOT_DONE=boot-done
EVENT_INIT_SCRIPT=init-script
EVENT_INIT_DONE=init-done
EVENT_UART_OPEN=uart-open
EVENT_UART_CLOSED=uart-closed
EVENT_PPPD_START=pppd-start
EVENT_PPPD_EXIT=pppd-exit
EVENT_PPP0_UP=ppp0-up
EVENT_PPP0_DOWN=ppp0-down
EVENT_ROUTER_UP=router-up
EVENT_INTERNET_UP=internet-up
EVENT_LANHOST_UP=lanhost-up

# The modes a Linux node's pppd runs in, which kernel-up reports: the harness's
# dev.esp32ppp.events.PppdKernel has the same ones; EventKindsOfEveryLanguageTest holds them equal.
PPPD_KERNEL_UML=uml
PPPD_KERNEL_NATIVE=native
