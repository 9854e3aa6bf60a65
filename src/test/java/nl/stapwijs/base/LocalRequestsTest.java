package nl.stapwijs.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRequestsTest {

    @Test
    void loopback_addresses_are_this_machine_and_others_are_not() {
        assertThat(LocalRequests.fromThisMachine("127.0.0.1")).isTrue();
        assertThat(LocalRequests.fromThisMachine("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(LocalRequests.fromThisMachine("::1")).isTrue();
        assertThat(LocalRequests.fromThisMachine("192.168.1.20")).isFalse();
        assertThat(LocalRequests.fromThisMachine("fe80::1")).isFalse();
    }

    @Test
    void names_and_rubbish_are_never_trusted() {
        assertThat(LocalRequests.fromThisMachine("localhost")).isFalse();
        assertThat(LocalRequests.fromThisMachine("")).isFalse();
        assertThat(LocalRequests.fromThisMachine(null)).isFalse();
        assertThat(LocalRequests.fromThisMachine("127.0.0.1.evil.example")).isFalse();
    }

    @Test
    void only_a_pi_in_the_station_role_trusts_its_own_machine() {
        StapwijsProperties station = new StapwijsProperties(DeploymentRole.STATION, null, null, null, null, null, null, null);
        StapwijsProperties hub = new StapwijsProperties(DeploymentRole.HUB, null, null, null, null, null, null, null);

        assertThat(LocalRequests.onThisStation(station, "127.0.0.1")).isTrue();
        assertThat(LocalRequests.onThisStation(hub, "127.0.0.1")).isFalse();
    }
}
