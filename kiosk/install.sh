#!/usr/bin/env bash
# Turns a Raspberry Pi 4 or 5 with a fresh 64-bit Raspberry Pi OS (Bookworm or Trixie)
# into a Stapwijs station. Run it as root from this folder; run it again to update (a new
# jar) or to change a setting: it changes only what differs, and settings you do not give
# again are kept. See README.md beside it.
#
#   sudo ./install.sh --hub https://hub.example.nl --station A1 --jar stapwijs.jar
#
# Options:
#   --hub URL              the hub this station syncs with (needed the first time)
#   --station CODE         this station's code, as on the hub (needed the first time)
#   --jar FILE             the Stapwijs jar (default: ../target/stapwijs.jar)
#   --profile pi4|pi5      the board (default: read from the device tree)
#   --scanner KIND         none, hid (USB keyboard-type), usb-serial, or uart (GPIO 14/15)
#   --scanner-id VID:PID   USB vendor and product id of a hid or usb-serial scanner (lsusb)
#   --pins FILE            a properties file with stapwijs.hardware.pins.* lines (default
#                          pin map: see README.md)
#   --session labwc|cage   the desktop's labwc compositor, or cage on an image without
#                          desktop (default: labwc if installed)
#   --admin-user NAME      the account a technician uses on the desktop in maintenance
#                          mode (default: the desktop's current auto-login user)
#   --data-device DEV      the partition for the journal, e.g. /dev/sda1 or LABEL=stapwijs-data
#   --format-data          format that partition as ext4 first: ERASES IT
#   --read-only-root       turn on Raspberry Pi OS's overlay root (needs --data-device)
#   --java-home DIR        use this JDK 21+ instead of one from the OS packages
#   --dry-run              print every action and change nothing
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

config=/etc/stapwijs/stapwijs.properties
app_url=http://127.0.0.1:8080
data_dir=/var/lib/stapwijs
kiosk_user=stapwijs-kiosk
kiosk_home=/home/$kiosk_user
lightdm_conf=/etc/lightdm/lightdm.conf

hub="" station="" jar="" profile="" scanner="" scanner_id="" pins_file="" session=""
admin_user="" data_device="" format_data=no read_only_root=no java_home="" dry_run=no

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }
fail() { echo "install.sh: $*" >&2; exit 1; }
warn() { echo "install.sh: warning: $*" >&2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --hub) hub=${2:?--hub needs a URL}; shift ;;
    --station) station=${2:?--station needs a code}; shift ;;
    --jar) jar=${2:?--jar needs a file}; shift ;;
    --profile) profile=${2:?--profile needs pi4 or pi5}; shift ;;
    --scanner) scanner=${2:?--scanner needs a kind}; shift ;;
    --scanner-id) scanner_id=${2:?--scanner-id needs VID:PID}; shift ;;
    --pins) pins_file=${2:?--pins needs a file}; shift ;;
    --session) session=${2:?--session needs labwc or cage}; shift ;;
    --admin-user) admin_user=${2:?--admin-user needs a name}; shift ;;
    --data-device) data_device=${2:?--data-device needs a partition}; shift ;;
    --format-data) format_data=yes ;;
    --read-only-root) read_only_root=yes ;;
    --java-home) java_home=${2:?--java-home needs a folder}; shift ;;
    --dry-run) dry_run=yes ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; fail "unknown option $1" ;;
  esac
  shift
done

# --- how actions are carried out (or, with --dry-run, only shown) -------------------------

# Runs a command, showing it first (quoted only where the shell needs it).
run() {
  local arg
  printf '+'
  for arg in "$@"; do
    if [[ $arg =~ ^[A-Za-z0-9_./:=@,+%-]+$ ]]; then printf ' %s' "$arg"; else printf ' %q' "$arg"; fi
  done
  printf '\n'
  [ "$dry_run" = yes ] || "$@"
}

changed=()
# write_file PATH MODE OWNER:GROUP < content. Writes only when content, mode or owner differ.
# MODE "-" keeps mode and owner as they are: the boot partition is FAT, which has neither.
write_file() {
  local path=$1 mode=$2 owner=$3 new
  new=$(mktemp)
  cat > "$new"
  if [ "$dry_run" = yes ]; then
    if [ "$mode" = - ]; then printf '= write %s\n' "$path"; else printf '= write %s (%s %s)\n' "$path" "$mode" "$owner"; fi
    sed 's/^/|   /' "$new"
    rm -f "$new"
    return
  fi
  if [ -f "$path" ] && cmp -s "$new" "$path" \
      && { [ "$mode" = - ] || [ "$(stat -c '%a %U:%G' "$path")" = "${mode#0} $owner" ]; }; then
    rm -f "$new"
    return
  fi
  if [ "$mode" = - ]; then
    cat "$new" > "$path"
  else
    install -d -m 0755 "$(dirname "$path")"
    install -m "$mode" -o "${owner%:*}" -g "${owner#*:}" "$new" "$path"
  fi
  rm -f "$new"
  printf '= wrote %s\n' "$path"
  changed+=("$path")
}

# copy_file SOURCE PATH MODE OWNER:GROUP: a file from this folder, installed as it is.
copy_file() {
  if [ "$dry_run" = yes ]; then
    printf '= write %s (%s %s) from kiosk/%s\n' "$2" "$3" "$4" "${1#"$here"/}"
  else
    write_file "$2" "$3" "$4" < "$1"
  fi
}

was_changed() {
  local path
  for path in "${changed[@]}"; do
    [[ $path == "$1" ]] && return 0
  done
  return 1
}

# The value of KEY in the station's existing configuration, if any.
current() {
  [ -r "$config" ] && sed -n "s/^$1=//p" "$config" | tail -n 1
  return 0
}

apt_has() {
  apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'
}

# --- what this station is ----------------------------------------------------------------

if [ -z "$profile" ]; then
  model=$(tr -d '\0' < /proc/device-tree/model 2>/dev/null || true)
  case "$model" in
    *"Raspberry Pi 5"*|*"Compute Module 5"*) profile=pi5 ;;
    *"Raspberry Pi 4"*|*"Compute Module 4"*) profile=pi4 ;;  # a Pi 400 too
    *) fail "cannot tell which Raspberry Pi this is (${model:-no device tree}); give --profile pi4 or pi5" ;;
  esac
fi
case "$profile" in pi4|pi5) ;; *) fail "--profile must be pi4 or pi5" ;; esac

if [ "$dry_run" = no ]; then
  [ "$(id -u)" -eq 0 ] || fail "run me as root: sudo $0 $*"
  [ "$(dpkg --print-architecture)" = arm64 ] || fail "Stapwijs stations need the 64-bit Raspberry Pi OS"
fi

hub=${hub:-$(current stapwijs.hub.url)}
station=${station:-$(current stapwijs.station.code)}
[ -n "$hub" ] || fail "give the hub's address: --hub https://..."
[ -n "$station" ] || fail "give this station's code: --station CODE"
[[ $station =~ ^[A-Za-z0-9_-]+$ ]] || fail "a station code has only letters, digits, - and _"

jar=${jar:-$here/../target/stapwijs.jar}
[ -f "$jar" ] || fail "no Stapwijs jar at $jar; build it (./stapwijs demo or mvn package) or give --jar"

scanner=${scanner:-$(current stapwijs.hardware.scanner.kind)}
scanner=${scanner:-none}
case "$scanner" in
  none|uart) ;;
  hid|usb-serial)
    scanner_id=${scanner_id:-$(current stapwijs.hardware.scanner.usb-id)}
    [[ $scanner_id =~ ^[0-9a-f]{4}:[0-9a-f]{4}$ ]] ||
      fail "a $scanner scanner needs --scanner-id VID:PID in lower-case hex, as lsusb shows it" ;;
  *) fail "--scanner must be none, hid, usb-serial or uart" ;;
esac

if [ -z "$session" ]; then
  if command -v labwc > /dev/null; then session=labwc; else session=cage; fi
fi
case "$session" in labwc|cage) ;; *) fail "--session must be labwc or cage" ;; esac

if [ "$session" = labwc ] && [ -z "$admin_user" ]; then
  admin_user=$(sed -n 's/^autologin-user=//p' "$lightdm_conf" 2>/dev/null | grep -vx "$kiosk_user" | head -n 1 || true)
  admin_user=${admin_user:-$(sed -n 's/^MAINTENANCE_USER=//p' /etc/stapwijs/browser.env 2>/dev/null || true)}
  [ -n "$admin_user" ] || warn "no --admin-user: maintenance mode will have no desktop account"
fi

if [ "$read_only_root" = yes ] && [ -z "$data_device" ]; then
  fail "--read-only-root needs --data-device: the journal must not live on the read-only root"
fi

# The JDK: 25 where the OS has it (AOT cache), else 21 (AppCDS). A full JDK rather than a
# JRE for jcmd, which takes thread dumps of a station that hangs.
if [ -n "$java_home" ]; then
  [ -x "$java_home/bin/java" ] || fail "no java in $java_home/bin"
  java_major=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ {print $2}')
  [ "$java_major" -ge 21 ] || fail "$java_home is Java $java_major; Stapwijs needs 21 or newer"
  jdk_package=""
else
  jdk_package=""
  for candidate in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
    if apt_has "$candidate"; then jdk_package=$candidate; break; fi
  done
  [ -n "$jdk_package" ] || fail "this OS offers no Java 21 or newer (Bookworm has only 17). Use a Trixie-based Raspberry Pi OS, or install a JDK 21+ yourself and give --java-home"
  java_major=${jdk_package#openjdk-}
  java_major=${java_major%%-*}
  java_home=/usr/lib/jvm/java-$java_major-openjdk-arm64
fi
if [ "$java_major" -ge 25 ]; then
  cache_option=-XX:AOTCache=/var/cache/stapwijs/stapwijs.aot
else
  cache_option=-XX:SharedArchiveFile=/var/cache/stapwijs/stapwijs.jsa
fi

if command -v chromium > /dev/null || apt_has chromium; then
  chromium_package=chromium
else
  chromium_package=chromium-browser
fi

boot=/boot/firmware
if [ ! -d "$boot" ] && [ -f /boot/config.txt ]; then boot=/boot; fi

echo "Stapwijs station $station for hub $hub: $profile, Java $java_major, $chromium_package in $session, scanner $scanner"

# --- packages and accounts -----------------------------------------------------------------

packages=(espeak-ng curl "$chromium_package")
[ -n "$jdk_package" ] && packages+=("$jdk_package")
[ "$session" = cage ] && packages+=(cage)
run apt-get update
run env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"

getent group gpio > /dev/null || run groupadd --system gpio
if ! id stapwijs > /dev/null 2>&1; then
  run useradd --system --user-group --home-dir "$data_dir" --no-create-home --shell /usr/sbin/nologin stapwijs
fi
# gpio: buttons, pedals, lights; dialout: serial scanners; input: the HID scanner (evdev).
run usermod --append --groups gpio,dialout,input stapwijs
if ! id "$kiosk_user" > /dev/null 2>&1; then
  run useradd --create-home --home-dir "$kiosk_home" --user-group --shell /bin/bash "$kiosk_user"
fi
run usermod --append --groups audio,video,render "$kiosk_user"

# --- the data partition --------------------------------------------------------------------

if [ -n "$data_device" ]; then
  if [ "$format_data" = yes ]; then
    device=$data_device
    case "$data_device" in LABEL=*|UUID=*) device=$(blkid -t "$data_device" -o device 2>/dev/null || echo "$data_device") ;; esac
    # Re-running the installer must never erase a journal it made before.
    if [ "$(blkid -s LABEL -o value "$device" 2>/dev/null || true)" = stapwijs-data ]; then
      echo "$device is already the Stapwijs data partition; not formatting it again"
    else
      run mkfs.ext4 -F -L stapwijs-data "$device"
    fi
    [[ $data_device == /dev/* ]] && data_device=LABEL=stapwijs-data
  fi
  if [[ $data_device == /dev/* ]]; then
    uuid=$(blkid -s UUID -o value "$data_device" 2>/dev/null || true)
    if [ -z "$uuid" ]; then
      [ "$dry_run" = yes ] || fail "$data_device has no file system; add --format-data to format it (erases it)"
      uuid="<UUID of $data_device>"
    fi
    data_device=UUID=$uuid
  fi
  # noexec: nothing on the data partition is ever run. nofail with a device timeout: a
  # missing stick gives a station that says why (the app does not start: RequiresMountsFor)
  # instead of a Pi stuck in emergency mode.
  fstab_line="$data_device $data_dir ext4 defaults,noatime,nodev,nosuid,noexec,nofail,x-systemd.device-timeout=30s 0 2"
  current_fstab=$(grep -v "[[:space:]]${data_dir}[[:space:]]" /etc/fstab 2>/dev/null || true)
  { [ -z "$current_fstab" ] || echo "$current_fstab"; echo "$fstab_line"; } | write_file /etc/fstab 0644 root:root
  run install -d -m 0750 "$data_dir"
  if ! mountpoint -q "$data_dir" 2>/dev/null; then
    if [ -n "$(ls -A "$data_dir" 2>/dev/null)" ]; then
      warn "$data_dir already holds data, which the partition will cover: copy it over (see README.md)"
    fi
    run systemctl daemon-reload
    run mount "$data_dir"
  fi
else
  warn "no --data-device: the journal stays on the root file system, which then must stay writable"
fi
run install -d -m 0750 -o stapwijs -g stapwijs "$data_dir"
run install -d -m 0750 -o stapwijs -g stapwijs /var/cache/stapwijs /var/cache/stapwijs/tmp

# --- the app ---------------------------------------------------------------------------------

run install -d -m 0755 /opt/stapwijs /opt/stapwijs/bin /etc/stapwijs
run ln -sfn "$java_home" /opt/stapwijs/jdk
# The service runs the jar unpacked by Spring Boot's jar tools (app/stapwijs.jar next to
# app/lib/): the JVM's start-up cache holds only classes from plain jars on the class path,
# never those the executable jar loads from its nested jars, so this is what makes it pay.
if [ "$dry_run" = yes ] || ! cmp -s "$jar" /opt/stapwijs/stapwijs.jar || [ ! -f /opt/stapwijs/app/stapwijs.jar ]; then
  run install -m 0644 "$jar" /opt/stapwijs/stapwijs.jar
  run rm -rf /opt/stapwijs/app.new
  run /opt/stapwijs/jdk/bin/java -Djarmode=tools -jar /opt/stapwijs/stapwijs.jar extract --destination /opt/stapwijs/app.new
  run rm -rf /opt/stapwijs/app
  run mv /opt/stapwijs/app.new /opt/stapwijs/app
  changed+=(/opt/stapwijs/stapwijs.jar)
fi
run install -m 0755 "$here/bin/stapwijs-browser" "$here/bin/stapwijs-cache" "$here/bin/stapwijs-maintenance" /opt/stapwijs/bin/
run install -m 0644 "$here/README.md" /opt/stapwijs/README.md
run ln -sfn /opt/stapwijs/bin/stapwijs-maintenance /usr/local/sbin/stapwijs-maintenance
run ln -sfn /opt/stapwijs/bin/stapwijs-cache /usr/local/sbin/stapwijs-cache

case "$scanner" in
  uart) scanner_device=/dev/stapwijs-scanner ;;
  usb-serial) scanner_device=/dev/stapwijs-scanner ;;
  hid) scanner_device=/dev/input/stapwijs-scanner ;;
  none) scanner_device="" ;;
esac

if [ -n "$pins_file" ]; then
  pins=$(grep -E '^stapwijs\.hardware\.pins\.[a-z0-9-]+=[0-9]+$' "$pins_file") ||
    fail "$pins_file has no lines like stapwijs.hardware.pins.help-button=17"
else
  pins=$(grep -E '^stapwijs\.hardware\.pins\.' "$config" 2>/dev/null || true)
fi
if [ -z "$pins" ]; then
  # BCM numbers; the 40-pin header is the same on a Pi 4 and a Pi 5. GPIO 14/15 stay free
  # for a UART scanner. See hardware/wiring.md.
  pins="stapwijs.hardware.pins.help-button=17
stapwijs.hardware.pins.done-button=27
stapwijs.hardware.pins.foot-pedal=22
stapwijs.hardware.pins.light-barrier=23
stapwijs.hardware.pins.light-green=5
stapwijs.hardware.pins.light-orange=6
stapwijs.hardware.pins.buzzer=13"
fi
local_settings=$(sed -n '/^# --- local settings/,$p' "$config" 2>/dev/null | sed 1d || true)

{
  cat <<EOF
# Stapwijs on this station. Written by kiosk/install.sh: change a setting by running it
# again with that option; lines below the "local settings" mark are kept as they are.
stapwijs.role=station
stapwijs.station.code=$station
stapwijs.hub.url=$hub
stapwijs.data-dir=$data_dir
# Only this station's own browser talks to it.
server.address=127.0.0.1
server.port=8080
stapwijs.hardware.scanner.kind=$scanner
EOF
  [ -n "$scanner_device" ] && echo "stapwijs.hardware.scanner.device=$scanner_device"
  [ -n "$scanner_id" ] && echo "stapwijs.hardware.scanner.usb-id=$scanner_id"
  echo "# Pin map (BCM numbers)"
  echo "$pins"
  echo "# --- local settings: install.sh keeps everything below this line ---"
  [ -n "$local_settings" ] && echo "$local_settings"
  true
} | write_file "$config" 0640 root:stapwijs

# jvm.options is the technician's to tune; install.sh only keeps its start-up cache line
# right for the JDK in use.
{
  if [ -f /etc/stapwijs/jvm.options ]; then cat /etc/stapwijs/jvm.options; else cat "$here/config/jvm.options"; fi |
    grep -vE '^-XX:(AOTCache|SharedArchiveFile)=|^# Start-up cache'
  echo "# Start-up cache built on this Pi by stapwijs-cache (JDK $java_major: $([ "$java_major" -ge 25 ] && echo AOT cache || echo AppCDS))"
  echo "$cache_option"
} | write_file /etc/stapwijs/jvm.options 0644 root:root

{
  echo "# Read by the kiosk browser and the maintenance switch; written by kiosk/install.sh."
  echo "STATION_URL=$app_url/station/$station"
  echo "READY_URL=$app_url/health/ready"
  echo "SESSION=$session"
  if [ "$session" = labwc ]; then
    echo "MAINTENANCE_USER=$admin_user"
    maintenance_session=$(sed -n 's/^autologin-session=//p' "$lightdm_conf" 2>/dev/null | grep -vx labwc | head -n 1 || true)
    maintenance_session=${maintenance_session:-$(sed -n 's/^MAINTENANCE_SESSION=//p' /etc/stapwijs/browser.env 2>/dev/null || true)}
    echo "MAINTENANCE_SESSION=$maintenance_session"
  fi
} | write_file /etc/stapwijs/browser.env 0644 root:root

copy_file "$here/systemd/stapwijs.service" /etc/systemd/system/stapwijs.service 0644 root:root

# --- devices: udev rules -----------------------------------------------------------------

{
  echo "# Stapwijs station devices; written by kiosk/install.sh."
  echo "# GPIO for the gpio group (Raspberry Pi OS does this too; other images do not)."
  echo 'SUBSYSTEM=="gpio", KERNEL=="gpiochip*", GROUP="gpio", MODE="0660"'
  case "$scanner" in
    uart)
      echo "# The scanner on the header's UART (GPIO 14 TX, 15 RX), under a name that never changes."
      echo 'SUBSYSTEM=="tty", KERNEL=="ttyAMA0", SYMLINK+="stapwijs-scanner", GROUP="dialout", MODE="0660"' ;;
    usb-serial)
      echo "# The USB serial scanner, under a name that does not depend on the USB port or order."
      echo "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"${scanner_id%:*}\", ATTRS{idProduct}==\"${scanner_id#*:}\", SYMLINK+=\"stapwijs-scanner\", GROUP=\"dialout\", MODE=\"0660\"" ;;
    hid)
      echo "# The HID scanner is read by Stapwijs alone (evdev); the desktop must not take its"
      echo "# key presses as typing, so libinput (labwc, cage) ignores it."
      echo "SUBSYSTEM==\"input\", KERNEL==\"event*\", ATTRS{idVendor}==\"${scanner_id%:*}\", ATTRS{idProduct}==\"${scanner_id#*:}\", SYMLINK+=\"input/stapwijs-scanner\", GROUP=\"input\", MODE=\"0660\", ENV{LIBINPUT_IGNORE_DEVICE}=\"1\"" ;;
  esac
} | write_file /etc/udev/rules.d/60-stapwijs.rules 0644 root:root

# --- boot settings: UART and console, screen blanking --------------------------------------

if [ "$scanner" = uart ]; then
  if [ "$profile" = pi4 ]; then
    # The full UART (PL011, ttyAMA0) serves Bluetooth on a Pi 4; give it to GPIO 14/15.
    # The mini UART's baud rate drifts with the core clock, too unreliable for a scanner.
    uart_lines="enable_uart=1
dtoverlay=disable-bt"
  else
    # A Pi 5 has its own debug UART connector for the console; UART0 on GPIO 14/15 is free.
    uart_lines="dtparam=uart0=on"
  fi
  current_config_txt=$(sed '/^# >>> stapwijs/,/^# <<< stapwijs/d' "$boot/config.txt" 2>/dev/null || true)
  printf '%s\n# >>> stapwijs (kiosk/install.sh): scanner on GPIO 14/15\n[all]\n%s\n# <<< stapwijs\n' \
    "$current_config_txt" "$uart_lines" | write_file "$boot/config.txt" - -
  # hciuart attaches Bluetooth to that UART; it is absent where Bluetooth is not installed.
  if [ "$profile" = pi4 ] && { [ "$dry_run" = yes ] || systemctl cat hciuart.service > /dev/null 2>&1; }; then
    run systemctl disable hciuart.service
  fi
  # No login prompt on the scanner's line.
  run systemctl mask serial-getty@ttyAMA0.service serial-getty@serial0.service
fi

# cmdline.txt: no kernel console on the scanner's UART; the text console never blanks.
cmdline_drop=()
[ "$scanner" = uart ] && cmdline_drop=('console=serial0,[0-9]+' 'console=ttyAMA0,[0-9]+')
echo "= edit $boot/cmdline.txt: add consoleblank=0${cmdline_drop[*]:+; remove ${cmdline_drop[*]}}"
if [ -f "$boot/cmdline.txt" ]; then
  cmdline=" $(head -n 1 "$boot/cmdline.txt") "
  for pattern in "${cmdline_drop[@]}"; do
    cmdline=$(echo "$cmdline" | sed -E "s/ $pattern / /g")
  done
  [[ $cmdline == *" consoleblank=0 "* ]] || cmdline="$cmdline consoleblank=0"
  echo "$cmdline" | tr -s ' ' | sed 's/^ //; s/ $//' | write_file "$boot/cmdline.txt" - -
fi

# --- the kiosk browser ---------------------------------------------------------------------

for policy_dir in /etc/chromium/policies/managed /etc/chromium-browser/policies/managed; do
  [ "$policy_dir" = /etc/chromium-browser/policies/managed ] && [ "$chromium_package" != chromium-browser ] && continue
  copy_file "$here/chromium/stapwijs-policy.json" "$policy_dir/stapwijs.json" 0644 root:root
done

if [ "$session" = labwc ]; then
  # The kiosk user's own autostart replaces the desktop's: no panel, no desktop icons, and
  # no swayidle, so the screen never blanks.
  run install -d -m 0755 -o "$kiosk_user" -g "$kiosk_user" "$kiosk_home/.config" "$kiosk_home/.config/labwc"
  write_file "$kiosk_home/.config/labwc/autostart" 0755 "$kiosk_user:$kiosk_user" <<EOF
# Stapwijs station screen; written by kiosk/install.sh. Only the kiosk browser runs here.
systemd-cat --identifier=stapwijs-browser /opt/stapwijs/bin/stapwijs-browser &
EOF
  echo "= edit $lightdm_conf: autologin-user=$kiosk_user, autologin-session=labwc"
  if [ -f "$lightdm_conf" ]; then
    sed -e "s/^#\{0,1\}autologin-user=.*/autologin-user=$kiosk_user/" \
        -e "s/^#\{0,1\}autologin-session=.*/autologin-session=labwc/" "$lightdm_conf" |
      write_file "$lightdm_conf" 0644 root:root
  else
    [ "$dry_run" = yes ] || fail "no $lightdm_conf: is this a desktop image? Use --session cage"
  fi
  run systemctl set-default graphical.target
else
  copy_file "$here/systemd/stapwijs-browser.service" /etc/systemd/system/stapwijs-browser.service 0644 root:root
  run systemctl set-default graphical.target
  run systemctl enable stapwijs-browser.service
fi

# --- start ----------------------------------------------------------------------------------

run systemctl daemon-reload
run udevadm control --reload-rules
run udevadm trigger --subsystem-match=gpio --subsystem-match=tty --subsystem-match=input
run systemctl enable stapwijs.service
# Rebuilt after every update of the jar, the JDK or jvm.options; skipped when none changed.
run /opt/stapwijs/bin/stapwijs-cache --if-stale
if [ "$dry_run" = yes ] || [ ${#changed[@]} -gt 0 ]; then
  run systemctl restart stapwijs.service
else
  run systemctl start stapwijs.service
fi
if [ "$session" = cage ]; then
  run systemctl restart stapwijs-browser.service
fi

if [ "$read_only_root" = yes ]; then
  # Last, because it takes effect at the next boot and freezes everything written above.
  run raspi-config nonint do_overlayfs 0
fi

if [ "$dry_run" = yes ]; then
  echo "Dry run: nothing was changed."
elif was_changed "$boot/config.txt" || was_changed "$boot/cmdline.txt" || was_changed "$lightdm_conf" || [ "$read_only_root" = yes ]; then
  echo "Done. Reboot to finish: sudo reboot"
else
  echo "Done. The station screen appears once Stapwijs is ready."
fi
