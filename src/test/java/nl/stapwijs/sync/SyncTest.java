package nl.stapwijs.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.stapwijs.TestClock;
import nl.stapwijs.base.DeploymentRole;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.NewStep;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.OrderDraft;
import nl.stapwijs.production.OrderStatus;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.station.Mode;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.station.StationRuntime;
import nl.stapwijs.station.StationWiring;
import nl.stapwijs.workforce.StationBinding;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hub (the demo workshop) and an empty Pi station syncing through JSON, in one JVM. */
class SyncTest {

    @TempDir
    Path dir;

    StationFixture hub;
    InProcessHub network;
    StationBinding binding;
    Database stationDb;
    TestClock stationClock;
    Journal stationJournal;
    Settings stationSettings;
    StationSync sync;

    @BeforeEach
    void open() throws Exception {
        hub = new StationFixture(Files.createDirectories(dir.resolve("hub")));
        binding = new StationBinding(hub.database, hub.workforce, hub.clock);
        network = new InProcessHub(binding, new Ingest(hub.journal, hub.database, hub.clock), new MasterData(hub.database));

        Path pi = Files.createDirectories(dir.resolve("pi"));
        stationDb = Database.open(pi.resolve("stapwijs.db"));
        stationClock = new TestClock(hub.clock.instant());
        stationJournal = new Journal(stationDb, stationClock, event -> { });
        stationSettings = new Settings(stationDb);
        StapwijsProperties properties = new StapwijsProperties(DeploymentRole.STATION, pi, ZoneId.of("Europe/Amsterdam"),
                null, new StapwijsProperties.Station("VER-1"), new StapwijsProperties.Hub("http://hub"), null, null);
        sync = new StationSync(network, stationJournal, new MasterData(stationDb), stationSettings, properties, stationClock);
    }

    @AfterEach
    void close() {
        stationDb.close();
        hub.close();
    }

    @Test
    void pairing_brings_the_stations_own_site_and_nothing_of_other_sites() {
        String station = sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());

        WorkforceService workforce = new WorkforceService(stationDb, new AuditLog(stationDb, stationClock), stationClock);
        assertThat(station).isEqualTo("VER-1");
        assertThat(workforce.activeWorkers()).extracting(w -> w.badge()).contains("P-1005", "P-1009")
                .doesNotContain("P-1001", "P-1010");
        assertThat(new InstructionService(stationDb, stationClock).tasksOfStation("VER-1", "nl")).hasSize(2);
        assertThat(sync.status().paired()).isTrue();
    }

    @Test
    void a_pairing_code_works_once_and_a_revoked_device_is_refused() {
        String code = binding.newPairingCode("VER-1", "beheer").code();
        sync.pair("http://hub", code);

        assertThatThrownBy(() -> sync.pair("http://hub", code)).isInstanceOf(HubConnection.Refused.class);
        sync.syncOnce(); // the hub now knows the token from use, not only from the database
        binding.devices().forEach(device -> binding.revoke(device.id()));
        assertThatThrownBy(sync::syncOnce).isInstanceOf(HubConnection.Refused.class);
    }

    @Test
    void events_made_while_the_network_is_cut_arrive_once_and_in_order_when_it_returns() {
        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());
        StationRuntime station = stationRuntime();
        network.cut = true;
        station.scan("P-1005");
        station.chooseTask(taskId("VOUWEN"));
        for (int i = 0; i < 40; i++) {
            station.scan(productCode("VOUWEN"));
        }
        assertThatThrownBy(sync::syncOnce).isInstanceOf(HubConnection.Unreachable.class);
        assertThat(sync.status().pending()).isEqualTo(stationJournal.lastSeq("VER-1"));

        network.cut = false;
        sync.syncOnce();
        sync.syncOnce();

        List<ProductionEvent> atHub = hub.journal.ofStationSince("VER-1", Instant.EPOCH);
        List<ProductionEvent> atStation = stationJournal.ofStationSince("VER-1", Instant.EPOCH);
        assertThat(atHub).extracting(ProductionEvent::id).containsExactlyElementsOf(
                atStation.stream().map(ProductionEvent::id).toList());
        assertThat(atHub).extracting(ProductionEvent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(sync.status().pending()).isZero();
        assertThat(hub.floor.card("VER-1").unitsToday()).isEqualTo(40);
    }

    @Test
    void a_batch_sent_twice_is_stored_once_and_a_hub_that_lost_events_gets_them_again() {
        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());
        StationRuntime station = stationRuntime();
        station.scan("P-1005");
        sync.syncOnce();
        SyncBatch again = new SyncBatch(stationClock.millis(), 0, "test", stationJournal.ofStationSince("VER-1", Instant.EPOCH));

        SyncAnswer answer = network.push("http://hub", stationSettings.text(StationSync.TOKEN, ""), again);

        assertThat(answer.contiguous()).isEqualTo(stationJournal.lastSeq("VER-1"));
        assertThat(hub.journal.ofStationSince("VER-1", Instant.EPOCH)).hasSize((int) stationJournal.lastSeq("VER-1"));

        stationSettings.put(StationSync.ACKED, "0");
        sync.syncOnce();
        assertThat(hub.journal.ofStationSince("VER-1", Instant.EPOCH)).hasSize((int) stationJournal.lastSeq("VER-1"));
    }

    @Test
    void an_instruction_published_mid_task_reaches_the_station_but_is_used_only_from_the_next_task_start() {
        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());
        StationRuntime station = stationRuntime();
        station.scan("P-1005");
        station.chooseTask(taskId("VOUWEN"));
        long startedWith = station.state().instruction().versionId();

        long newVersion = hub.instructions.publish(hub.taskId("VOUWEN"), List.of(
                new NewStep("openmoji:1F4E6", null, null, Map.of("nl", "Vouw de doos anders.")),
                new NewStep("openmoji:E1D9", null, null, Map.of("nl", "Scan de doos."))));
        sync.syncOnce();

        assertThat(new InstructionService(stationDb, stationClock).currentInstruction(hub.taskId("VOUWEN"), "nl")
                .orElseThrow().versionId()).isEqualTo(newVersion);
        assertThat(station.state().instruction().versionId()).isEqualTo(startedWith);
        station.next();
        assertThat(station.state().step().text()).isEqualTo("Vouw de bodem dicht.");

        station.signOut();
        station.finish();
        station.scan("P-1005");
        station.chooseTask(taskId("VOUWEN"));
        assertThat(station.state().instruction().versionId()).isEqualTo(newVersion);
        assertThat(station.state().mode()).isEqualTo(Mode.STEPS);
        assertThat(station.state().step().text()).isEqualTo("Vouw de doos anders.");
    }

    @Test
    void a_published_instruction_brings_its_photo_safety_pictograms_and_audio_to_the_station_fetched_once() throws Exception {
        Path hubData = dir.resolve("hub");
        network.mediaDir = hubData.resolve("media");
        var store = new nl.stapwijs.instruction.media.MediaStore(new StapwijsProperties(hubData, ZoneId.of("Europe/Amsterdam"),
                new StapwijsProperties.Demo(false, 1L, 0)));
        String photo = new nl.stapwijs.instruction.media.Uploads(store).photo(
                nl.stapwijs.instruction.media.UploadsTest.image(640, 480, "jpg"));
        long version = hub.instructions.publish(hub.taskId("VOUWEN"), List.of(new NewStep(photo, null, "openmoji:270B",
                List.of("openmoji:1F9E4", "openmoji:1F97D"), Map.of("nl", nl.stapwijs.instruction.Sentence.of("Pak een doos."),
                        "en", nl.stapwijs.instruction.Sentence.of("Take a box.")))));
        String speech = store.putNamed("tts-" + "a".repeat(64) + ".wav", "RIFF----WAVEdata".getBytes());
        hub.instructions.putAudio(List.of(new nl.stapwijs.instruction.AudioRow(hub.instructions.stepIdsOf(version).get(0), "nl",
                speech, "espeak-ng", "nl")));

        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());
        sync.syncOnce();

        var step = new InstructionService(stationDb, stationClock).currentInstruction(hub.taskId("VOUWEN"), "pl").orElseThrow().step(1);
        assertThat(step.picture()).isEqualTo(photo);
        assertThat(step.safety()).containsExactly("openmoji:1F9E4", "openmoji:1F97D");
        assertThat(step.audio()).isEqualTo(speech);
        Path stationMedia = dir.resolve("pi").resolve("media");
        assertThat(stationMedia.resolve(photo.substring("media:".length()))).hasSameBinaryContentAs(
                network.mediaDir.resolve(photo.substring("media:".length())));
        assertThat(stationMedia.resolve(speech.substring("media:".length()))).exists();
        assertThat(network.mediaFetched).containsExactlyInAnyOrder(photo.substring(6), speech.substring(6));

        hub.instructions.putAudio(List.of(new nl.stapwijs.instruction.AudioRow(hub.instructions.stepIdsOf(version).get(0), "en",
                speech, "espeak-ng", "en")));
        sync.syncOnce();
        assertThat(network.mediaFetched).as("each file is fetched once and kept").hasSize(2);
    }

    @Test
    void a_pairing_holds_when_the_line_drops_before_the_first_sync_and_the_loop_catches_up() {
        network.cutAfterPairing = true;
        assertThat(sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code())).isEqualTo("VER-1");
        assertThat(sync.status().paired()).isTrue();
        assertThat(sync.status().lastProblem()).isNotNull();

        network.cut = false;
        sync.syncOnce();
        assertThat(new InstructionService(stationDb, stationClock).tasksOfStation("VER-1", "nl")).hasSize(2);
    }

    @Test
    void a_file_the_hub_lacks_does_not_hold_back_the_master_data_and_is_fetched_once_it_is_there() throws Exception {
        Path hubData = dir.resolve("hub");
        network.mediaDir = hubData.resolve("media");
        var store = new nl.stapwijs.instruction.media.MediaStore(new StapwijsProperties(hubData, ZoneId.of("Europe/Amsterdam"),
                new StapwijsProperties.Demo(false, 1L, 0)));
        String photo = new nl.stapwijs.instruction.media.Uploads(store).photo(
                nl.stapwijs.instruction.media.UploadsTest.image(320, 240, "jpg"));
        Path onHub = network.mediaDir.resolve(photo.substring("media:".length()));
        byte[] content = Files.readAllBytes(onHub);
        Files.delete(onHub);
        hub.instructions.publish(hub.taskId("VOUWEN"), List.of(new NewStep(photo, null, null, List.of(),
                Map.of("nl", nl.stapwijs.instruction.Sentence.of("Pak een doos.")))));

        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());
        var instructions = new InstructionService(stationDb, stationClock);
        assertThat(instructions.currentInstruction(hub.taskId("VOUWEN"), "nl").orElseThrow().step(1).text())
                .isEqualTo("Pak een doos.");
        Path atStation = dir.resolve("pi").resolve("media").resolve(photo.substring("media:".length()));
        assertThat(atStation).doesNotExist();

        Files.write(onHub, content);
        stationClock.advance(java.time.Duration.ofHours(2));
        sync.syncOnce();
        assertThat(atStation).hasBinaryContent(content);
    }

    @Test
    void norm_versions_of_the_stations_site_travel_and_the_known_ones_stay_as_they_were() {
        var norms = new nl.stapwijs.wagevalue.NormService(hub.database, hub.clock, event -> { });
        java.util.function.IntFunction<nl.stapwijs.wagevalue.NormDraft> draft = seconds -> new nl.stapwijs.wagevalue.NormDraft(
                hub.taskId("VOUWEN"), new java.math.BigDecimal(seconds), "doos", new java.math.BigDecimal("0.98"),
                new java.math.BigDecimal("0.05"), nl.stapwijs.wagevalue.NormMethod.TIME_STUDY, 30,
                hub.clock.instant().plusSeconds(seconds), null);
        norms.addVersion(draft.apply(20), "beheer");
        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());
        var atStation = new nl.stapwijs.wagevalue.NormService(stationDb, stationClock, event -> { });
        assertThat(atStation.versions(hub.taskId("VOUWEN"))).hasSize(1);

        hub.clock.advance(java.time.Duration.ofMinutes(1));
        norms.addVersion(draft.apply(90), "beheer");
        sync.syncOnce();
        assertThat(atStation.versions(hub.taskId("VOUWEN"))).extracting(v -> v.norm().secondsPerUnit().intValue())
                .containsExactly(20, 90);
        assertThat(atStation.versions(hub.taskId("LAMP"))).isEmpty();
    }

    @Test
    void the_hub_records_the_stations_clock_offset_and_backlog() {
        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());
        stationClock.advance(java.time.Duration.ofMinutes(7));
        stationRuntime().scan("P-1005");

        sync.syncOnce();

        StationSyncStatus status = new Ingest(hub.journal, hub.database, hub.clock).stations().get(0);
        assertThat(status.station()).isEqualTo("VER-1");
        assertThat(status.clockOffsetMs()).isEqualTo(7 * 60_000L);
        assertThat(status.clockNotSynced()).isTrue();
        assertThat(status.backlog()).isZero();
    }

    @Test
    void the_sites_open_orders_reach_the_station_which_starts_one_offline_and_the_hub_gets_the_order_on_every_event() {
        Viewer admin = hub.staff.viewer("beheer").orElseThrow();
        long box = hub.products.products().stream().filter(p -> p.name().equals("Doos 40x30")).findFirst().orElseThrow().id();
        long leaves = hub.products.products().stream().filter(p -> p.name().equals("Zak bladafval")).findFirst()
                .orElseThrow().id();
        long teamGroen = hub.workforce.teams().stream().filter(t -> t.name().equals("Team Groen")).findFirst().orElseThrow().id();
        CustomerOrder ours = hub.orders.create(admin, new OrderDraft("Kartonnage Oost", null, box, 40,
                java.time.LocalDate.of(2026, 11, 27), null, List.of(taskId("VOUWEN")), List.of(), List.of()));
        CustomerOrder theirs = hub.orders.create(admin, new OrderDraft("Gemeente", null, leaves, 40,
                java.time.LocalDate.of(2026, 11, 27), null, List.of(taskId("BLAD")), List.of(teamGroen), List.of()));
        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());

        network.cut = true;
        StationRuntime station = stationRuntime();
        station.scan("P-1005");
        station.scan(ours.code());
        while (station.state().mode() == Mode.STEPS) {
            station.next();
        }
        station.scan(productCode("VOUWEN"));
        station.scan(productCode("VOUWEN"));
        network.cut = false;
        sync.syncOnce();

        assertThat(station.state().order().id()).isEqualTo(ours.id());
        assertThat(new MasterData(stationDb).snapshotFor("VER-1").tables().get("customer_order"))
                .extracting(row -> row.get("code")).containsExactly(ours.code()).doesNotContain(theirs.code());
        List<ProductionEvent> atHub = hub.journal.ofStationSince("VER-1", Instant.EPOCH);
        assertThat(atHub).filteredOn(e -> e.kind() == nl.stapwijs.production.EventKind.UNIT)
                .extracting(ProductionEvent::orderId).containsExactly(ours.id(), ours.id());
        assertThat(hub.orders.overview(admin, ours.id()).orElseThrow().forecast().made()).isEqualTo(2);
        assertThat(hub.floor.card("VER-1").orderId()).isEqualTo(ours.id());

        hub.orders.setStatus(admin, ours.id(), OrderStatus.CLOSED);
        sync.syncOnce();
        assertThat(new MasterData(stationDb).snapshotFor("VER-1").tables().get("customer_order")).isEmpty();
    }

    @Test
    void a_station_holds_its_workers_goals_levels_and_shared_notes_and_nothing_a_coach_kept_to_themselves() {
        var coach = hub.staff.viewer("coach").orElseThrow();
        long sanne = hub.workforce.workerByBadge("P-1005").orElseThrow().id();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 17);
        hub.coaching.log.add(coach, sanne, new nl.stapwijs.coaching.NewLogEntry(today, "Alleen voor de coach.", null,
                nl.stapwijs.coaching.Visibility.COACH, java.util.Set.of(), List.of()));
        hub.coaching.log.add(coach, sanne, new nl.stapwijs.coaching.NewLogEntry(today, "Voor de begeleider.", null,
                nl.stapwijs.coaching.Visibility.SUPERVISOR, java.util.Set.of(), List.of()));

        sync.pair("http://hub", binding.newPairingCode("VER-1", "beheer").code());

        StapwijsProperties properties = new StapwijsProperties(dir.resolve("pi"), ZoneId.of("Europe/Amsterdam"),
                new StapwijsProperties.Demo(false, 1L, 0));
        var onStation = new nl.stapwijs.coaching.CoachingWiring(stationDb, stationJournal,
                new WorkforceService(stationDb, new AuditLog(stationDb, stationClock), stationClock),
                new InstructionService(stationDb, stationClock), stationClock, properties);
        var progress = onStation.progress.of(sanne, "nl");
        assertThat(progress.workingOn()).extracting(g -> g.text()).contains("Ik vouw 150 dozen op een dag.");
        assertThat(progress.learned()).extracting(t -> t.name()).contains("Dozen vouwen");
        assertThat(progress.notes()).extracting(n -> n.text()).containsExactly("Je vouwt sneller. En bijna zonder fouten!");
        List<Map<String, Object>> notes = stationDb.readConsistently(tx -> tx.rows(
                "SELECT visibility FROM log_entry", Map.of()));
        assertThat(notes).extracting(row -> row.get("visibility")).containsOnly("WORKER");
        List<Map<String, Object>> levels = stationDb.readConsistently(tx -> tx.rows(
                "SELECT note FROM skill_level WHERE note IS NOT NULL", Map.of()));
        assertThat(levels).isEmpty();
        List<Map<String, Object>> others = stationDb.readConsistently(tx -> tx.rows(
                "SELECT g.id FROM development_goal g JOIN worker w ON w.id = g.worker_id WHERE w.badge = 'P-1001'", Map.of()));
        assertThat(others).as("another site's worker").isEmpty();
    }

    private StationRuntime stationRuntime() {
        return StationWiring.runtimes(stationDb, stationJournal, stationClock).runtime("VER-1").orElseThrow();
    }

    private long taskId(String code) {
        return hub.taskId(code);
    }

    private String productCode(String task) {
        return hub.productCode(task);
    }
}
