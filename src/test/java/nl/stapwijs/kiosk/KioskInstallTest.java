package nl.stapwijs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh --dry-run for a Pi 4 and a Pi 5. The OS package lists of a Pi are not here, so
 * a stand-in apt-cache on the PATH answers which JDK the "OS" offers: 21 for the Pi 4 case,
 * 25 for the Pi 5 case, as on Bookworm with backports and on Trixie.
 */
class KioskInstallTest {

    @TempDir
    Path scratch;

    private Path jar;

    @BeforeEach
    void aJar() throws IOException {
        jar = Files.writeString(scratch.resolve("stapwijs.jar"), "not a real jar");
    }

    @Test
    void a_pi_4_with_a_uart_scanner_on_the_desktop_gets_the_full_uart_appcds_and_labwc() throws Exception {
        HostTools.Result result = dryRun("openjdk-21-jdk-headless", "--profile", "pi4", "--hub", "https://hub.example.nl",
                "--station", "A1", "--scanner", "uart", "--session", "labwc", "--admin-user", "technicus",
                "--data-device", "LABEL=stapwijs-data");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains(
                "Stapwijs station A1 for hub https://hub.example.nl: pi4, Java 21",
                "+ env DEBIAN_FRONTEND=noninteractive apt-get install -y espeak-ng curl chromium openjdk-21-jdk-headless\n",
                "+ useradd --system --user-group --home-dir /var/lib/stapwijs --no-create-home --shell /usr/sbin/nologin stapwijs",
                "+ usermod --append --groups gpio,dialout,input stapwijs",
                "+ ln -sfn /usr/lib/jvm/java-21-openjdk-arm64 /opt/stapwijs/jdk",
                "+ /opt/stapwijs/jdk/bin/java -Djarmode=tools -jar /opt/stapwijs/stapwijs.jar extract --destination /opt/stapwijs/app.new",
                "+ mv /opt/stapwijs/app.new /opt/stapwijs/app",
                "|   stapwijs.role=station",
                "|   stapwijs.station.code=A1",
                "|   stapwijs.hub.url=https://hub.example.nl",
                "|   stapwijs.hardware.scanner.device=/dev/stapwijs-scanner",
                "|   stapwijs.hardware.pins.help-button=17",
                "|   -XX:SharedArchiveFile=/var/cache/stapwijs/stapwijs.jsa",
                "|   -Djava.io.tmpdir=/var/cache/stapwijs/tmp",
                "|   SUBSYSTEM==\"tty\", KERNEL==\"ttyAMA0\", SYMLINK+=\"stapwijs-scanner\", GROUP=\"dialout\", MODE=\"0660\"",
                "# >>> stapwijs (kiosk/install.sh): scanner on GPIO 14/15\n|   [all]\n|   enable_uart=1\n|   dtoverlay=disable-bt\n|   # <<< stapwijs\n",
                "+ systemctl disable hciuart.service",
                "+ systemctl mask serial-getty@ttyAMA0.service serial-getty@serial0.service",
                "= edit /boot/firmware/cmdline.txt: add consoleblank=0; remove console=serial0,",
                "|   LABEL=stapwijs-data /var/lib/stapwijs ext4 defaults,noatime,nodev,nosuid,noexec,nofail",
                "+ mount /var/lib/stapwijs",
                "= write /etc/chromium/policies/managed/stapwijs.json (0644 root:root) from kiosk/chromium/stapwijs-policy.json",
                "= write /home/stapwijs-kiosk/.config/labwc/autostart",
                "|   systemd-cat --identifier=stapwijs-browser /opt/stapwijs/bin/stapwijs-browser &",
                "= edit /etc/lightdm/lightdm.conf: autologin-user=stapwijs-kiosk, autologin-session=labwc",
                "|   STATION_URL=http://127.0.0.1:8080/station/A1",
                "|   READY_URL=http://127.0.0.1:8080/health/ready",
                "|   MAINTENANCE_USER=technicus",
                "= write /etc/systemd/system/stapwijs.service (0644 root:root) from kiosk/systemd/stapwijs.service",
                "+ systemctl enable stapwijs.service",
                "+ /opt/stapwijs/bin/stapwijs-cache --if-stale",
                "Dry run: nothing was changed.");
        assertThat(result.stdout()).doesNotContain("dtparam=uart0=on", "cage", "AOTCache", "mkfs");
    }

    @Test
    void a_pi_5_with_a_uart_scanner_without_desktop_gets_uart0_an_aot_cache_and_cage() throws Exception {
        HostTools.Result result = dryRun("openjdk-25-jdk-headless", "--profile", "pi5", "--hub", "https://hub.example.nl",
                "--station", "B2", "--scanner", "uart", "--session", "cage", "--data-device", "/dev/nvme0n1p1",
                "--format-data", "--read-only-root");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains(
                "Stapwijs station B2 for hub https://hub.example.nl: pi5, Java 25",
                "+ env DEBIAN_FRONTEND=noninteractive apt-get install -y espeak-ng curl chromium openjdk-25-jdk-headless cage\n",
                "+ ln -sfn /usr/lib/jvm/java-25-openjdk-arm64 /opt/stapwijs/jdk",
                "|   -XX:AOTCache=/var/cache/stapwijs/stapwijs.aot",
                "|   dtparam=uart0=on\n",
                "+ systemctl mask serial-getty@ttyAMA0.service serial-getty@serial0.service",
                "+ mkfs.ext4 -F -L stapwijs-data /dev/nvme0n1p1",
                "|   LABEL=stapwijs-data /var/lib/stapwijs ext4",
                "= write /etc/systemd/system/stapwijs-browser.service (0644 root:root) from kiosk/systemd/stapwijs-browser.service",
                "+ systemctl enable stapwijs-browser.service",
                "+ raspi-config nonint do_overlayfs 0");
        assertThat(result.stdout()).doesNotContain("disable-bt", "hciuart", "labwc/autostart", "SharedArchiveFile");
    }

    @Test
    void a_hid_scanner_is_named_by_its_usb_id_and_hidden_from_the_desktop() throws Exception {
        HostTools.Result result = dryRun("openjdk-25-jdk-headless", "--profile", "pi5", "--hub", "https://hub.example.nl",
                "--station", "C3", "--scanner", "hid", "--scanner-id", "0c2e:0b61", "--session", "cage");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains(
                "|   SUBSYSTEM==\"input\", KERNEL==\"event*\", ATTRS{idVendor}==\"0c2e\", ATTRS{idProduct}==\"0b61\", "
                        + "SYMLINK+=\"input/stapwijs-scanner\", GROUP=\"input\", MODE=\"0660\", ENV{LIBINPUT_IGNORE_DEVICE}=\"1\"",
                "|   stapwijs.hardware.scanner.device=/dev/input/stapwijs-scanner",
                "= edit /boot/firmware/cmdline.txt: add consoleblank=0\n");
        assertThat(result.stdout()).doesNotContain("config.txt", "serial-getty");
        assertThat(result.output()).contains("warning: no --data-device");
    }

    @Test
    void an_os_without_java_21_is_refused_with_what_to_do() throws Exception {
        HostTools.Result result = dryRun("none", "--profile", "pi4", "--hub", "https://hub.example.nl", "--station", "A1");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("no Java 21 or newer (Bookworm has only 17)", "--java-home");
    }

    @Test
    void a_first_install_without_the_hub_address_is_refused() throws Exception {
        HostTools.Result result = dryRun("openjdk-25-jdk-headless", "--profile", "pi5", "--station", "A1");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("give the hub's address: --hub");
    }

    private HostTools.Result dryRun(String jdkOnOffer, String... options) throws Exception {
        HostTools.require("bash", "bash");
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        Path aptCache = bin.resolve("apt-cache");
        Files.writeString(aptCache, """
                #!/bin/sh
                # apt-cache policy PACKAGE, as on a Pi whose OS offers chromium and %s
                case "$2" in
                  chromium|%s) printf '%%s:\\n  Candidate: 1.0-1\\n' "$2" ;;
                  *) printf '%%s:\\n  Candidate: (none)\\n' "$2" ;;
                esac
                """.formatted(jdkOnOffer, jdkOnOffer));
        Files.setPosixFilePermissions(aptCache, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> command = new ArrayList<>(List.of("bash", "kiosk/install.sh", "--dry-run", "--jar", jar.toString()));
        command.addAll(List.of(options));
        return HostTools.run(command, Map.of("PATH", bin + ":" + System.getenv("PATH")));
    }
}
