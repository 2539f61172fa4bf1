#!/bin/bash
# Reports what the harness cannot see from outside: whether any process has the board's UART
# open (bytes reaching a closed UART are lost, as on the board), whether pppd runs (and which
# version), and whether ppp0 has its address.
# A round runs at once when something changes: a process opens or closes the UART (inotify) or
# an address or route changes (ip monitor); then every 50 ms for half a second; otherwise every
# half second, for what shows no such sign (a pppd that never opens the UART). A round runs no
# program, only bash builtins, and as few system calls as it can: in user-mode Linux both cost
# the guest dearly (polling every 50 ms kept the guests the busiest of all the lab's processes).
# Programs run only at a change.
# usage: watch.sh UART_DEVICE_PATH   env: UART_DEVICE (the name the events give the UART: ttySL0, ttyUSB0)
. /opt/node/event.sh
. /opt/node/uart-rate.sh
uart_device=$1
coproc CHANGES { { inotifywait -q -m -e open -e close "$uart_device" & ip monitor address route & wait; } 2>/dev/null; }

# Waits for the next change or half a second, and takes in the rest of a burst of changes.
# After a change the next ten rounds come every 50 ms: what follows a change shows no sign of
# its own (pppd leaves the process table a moment after it closes the UART). Should the
# watchers be gone, it looks every 50 ms (the dear way: a program a round).
quick_rounds=0
wait_for_change() {
  local status timeout=0.5
  if ((quick_rounds > 0)); then
    timeout=0.05
    quick_rounds=$((quick_rounds - 1))
  fi
  read -r -t "$timeout" -u "${CHANGES[0]}" _
  status=$?
  if ((status == 0)); then
    quick_rounds=10
    while read -r -t 0 -u "${CHANGES[0]}" && read -r -u "${CHANGES[0]}" _; do :; done
  elif ((status <= 128)); then
    sleep 0.05
  fi
}

# A system call in user-mode Linux costs the guest about a tenth of a millisecond: reading every
# process's name takes it 30 ms, looking at every process's descriptors 14 ms. So a round reads
# the names of new processes only and looks at the descriptors of pppd, of the processes that
# held the UART, and of the processes younger than ten rounds (pppd opens it a moment after it
# starts); every fifth round reads and looks at all (a process that execs another keeps its pid).
declare -A names=() born=() holders=()
round=0

# The process table: names and birth rounds, pppd's pids into $pppd_pids (as pidof would give
# them) and the pids whose descriptors this round looks at into $watched.
look_at_processes() {
  local dir pid name all=$((round % 5 == 0))
  local -A seen=() first=()
  pppd_pids=""
  watched=""
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    if ((all)) || [[ ! -v names[$pid] ]]; then
      read -r name 2>/dev/null < "$dir/comm" || continue
    else
      name=${names[$pid]}
    fi
    seen[$pid]=$name
    first[$pid]=${born[$pid]:-$round}
    if [[ $name == pppd ]]; then
      pppd_pids+="${pppd_pids:+ }$pid"
    fi
    if ((all || round - first[$pid] < 10)) || [[ $name == pppd || -v holders[$pid] ]]; then
      watched+=" $pid"
    fi
  done
  names=()
  born=()
  for pid in "${!seen[@]}"; do
    names[$pid]=${seen[$pid]}
    born[$pid]=${first[$pid]}
  done
  round=$((round + 1))
}

# Whether a descriptor of a watched process is the UART (character devices only are compared).
uart_is_open() {
  local pid fd
  holders=()
  for pid in $watched; do
    for fd in /proc/"$pid"/fd/*; do
      if [[ -c $fd && $fd -ef $uart_device ]]; then
        holders[$pid]=1
      fi
    done
  done
  ((${#holders[@]} > 0))
}

# The baud rate the holders of the UART set it to, as their command lines say it (pppd's speed
# argument, "pppd /dev/ttySL0 115200 ..."); nothing when none names one. Builtins only.
uart_speed() {
  local pid
  local -a words
  for pid in "${!holders[@]}"; do
    mapfile -d '' -t words 2>/dev/null < "/proc/$pid/cmdline" || continue
    uart_rate_in "${words[@]:1}" && return
  done
}

# Whether the kernel routes through ppp0: it does from the moment ppp0 has its address (the
# route to the peer comes with it) until the address or ppp0 goes. `ip` confirms at a change.
ppp0_routed() {
  local iface rest
  while read -r iface rest; do
    if [[ $iface == ppp0 ]]; then
      return 0
    fi
  done < /proc/net/route
  return 1
}

# The version of the pppd these processes run, as the program itself says it (2.4.9 on stderr,
# 2.5.2 on stdout: "pppd version 2.4.9"); unknown when none says; nothing when all are gone (a
# pppd going to the background leaves its parent's pid behind) or are still the wrapper, to be
# asked again.
pppd_version() {
  for pid in "$@"; do
    is_real_pppd "$pid" || continue
    v=$("/proc/$pid/exe" --version 2>&1 | sed -n 's/^pppd version \([^ ]*\)$/\1/p')
    if [ -n "$v" ]; then echo "$v"; return; fi
  done
  for pid in "$@"; do
    if is_real_pppd "$pid"; then echo unknown; return; fi
  done
}

# Not the board's pppd wrapper (pppd.sh, a shell by the name pppd), which becomes pppd in a moment.
is_real_pppd() {
  [[ -e /proc/$1 && ! /proc/$1/exe -ef /bin/bash ]]
}

ppp0_address() {
  ip -4 addr show ppp0 2>/dev/null | grep -o 'inet [0-9.]* peer [0-9.]*'
}

# each state is the event that reports it
uart=$EVENT_UART_CLOSED
uart_holders=
speed=
told_speed=
pppd=$EVENT_PPPD_EXIT
ppp0=$EVENT_PPP0_DOWN
while :; do
  look_at_processes
  if uart_is_open; then now_uart=$EVENT_UART_OPEN; else now_uart=$EVENT_UART_CLOSED; uart_holders= speed=; fi
  # the speed is read when other processes come to hold the UART (S30ppp's stty, then pppd): a
  # speed other than the one told is a uart-open of its own, the UART now open at that speed
  if [ "$now_uart" = "$EVENT_UART_OPEN" ] && [ "${!holders[*]}" != "$uart_holders" ]; then
    uart_holders=${!holders[*]}
    speed=$(uart_speed)
  fi
  if [ "$now_uart" != "$uart" ] || [ "$speed" != "$told_speed" ]; then
    event "$now_uart" "${UART_DEVICE:-ttySL0}${speed:+ at $speed baud}"
    uart=$now_uart
    told_speed=$speed
  fi
  if [ -z "$pppd_pids" ] && [ "$pppd" != "$EVENT_PPPD_EXIT" ]; then
    event "$EVENT_PPPD_EXIT"
    pppd=$EVENT_PPPD_EXIT
  elif [ -n "$pppd_pids" ] && [ "$pppd" != "$EVENT_PPPD_START" ]; then
    # shellcheck disable=SC2086 # one argument per pid
    version=$(pppd_version $pppd_pids)
    if [ -n "$version" ]; then
      event "$EVENT_PPPD_START" "version=$version pid=$pppd_pids"
      pppd=$EVENT_PPPD_START
    fi
  fi
  if ppp0_routed; then now_ppp0=$EVENT_PPP0_UP; else now_ppp0=$EVENT_PPP0_DOWN; fi
  if [ "$now_ppp0" != "$ppp0" ]; then
    address=$(ppp0_address)
    if [ -n "$address" ]; then now_ppp0=$EVENT_PPP0_UP; else now_ppp0=$EVENT_PPP0_DOWN; fi
    if [ "$now_ppp0" != "$ppp0" ]; then
      event "$now_ppp0" "$address"
      ppp0=$now_ppp0
    fi
  fi
  wait_for_change
done
