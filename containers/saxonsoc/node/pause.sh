# Sourced by the guest-exec agent's polling loop: pause waits 50 ms without starting a program (in
# user-mode Linux starting one costs the guest dearly). It is a read that times out on a pipe
# nothing ever writes to, a coprocess's (process substitution needs /dev/fd, which the guest
# lacks); should the pipe go, it pauses the dear way rather than spin.
coproc PAUSE { exec sleep infinity; }
pause() {
  read -r -t 0.05 -u "${PAUSE[0]}"
  [ $? -gt 128 ] || sleep 0.05
}
