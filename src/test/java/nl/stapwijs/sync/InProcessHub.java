package nl.stapwijs.sync;

import java.util.Map;
import java.util.Optional;
import nl.stapwijs.workforce.StationBinding;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's services behind the {@link HubConnection} interface, in the same JVM, with every
 * message going through JSON as on the wire. A test cuts the network with {@link #cut}.
 */
final class InProcessHub implements HubConnection {

    private final StationBinding binding;
    private final Ingest ingest;
    private final MasterData master;
    private final JsonMapper json = JsonMapper.builder().build();
    volatile boolean cut;
    /** The line drops right after the pairing answer, before the first sync. */
    volatile boolean cutAfterPairing;
    int pushes;
    final java.util.List<String> mediaFetched = new java.util.ArrayList<>();
    java.nio.file.Path mediaDir;

    InProcessHub(StationBinding binding, Ingest ingest, MasterData master) {
        this.binding = binding;
        this.ingest = ingest;
        this.master = master;
    }

    @Override
    public Paired pair(String hubUrl, String code, String label) {
        reachable();
        Paired paired = binding.pair(code, label).map(b -> new Paired(b.stationCode(), b.token()))
                .orElseThrow(() -> new Refused("wrong code"));
        cut = cutAfterPairing;
        return paired;
    }

    @Override
    public SyncAnswer push(String hubUrl, String token, SyncBatch batch) {
        reachable();
        pushes++;
        String station = binding.stationOf(token).orElseThrow(() -> new Refused("revoked"));
        SyncBatch wire = json.readValue(json.writeValueAsString(batch), SyncBatch.class);
        return json.readValue(json.writeValueAsString(ingest.receive(station, wire)), SyncAnswer.class);
    }

    @Override
    public Optional<Snapshot> snapshot(String hubUrl, String token, long known) {
        reachable();
        String station = binding.stationOf(token).orElseThrow(() -> new Refused("revoked"));
        Snapshot snapshot = master.snapshotFor(station);
        return snapshot.version() <= known ? Optional.empty()
                : Optional.of(json.readValue(json.writeValueAsString(snapshot), Snapshot.class));
    }

    @Override
    public byte[] media(String hubUrl, String token, String name) {
        reachable();
        mediaFetched.add(name);
        try {
            return mediaDir == null ? new byte[0] : java.nio.file.Files.readAllBytes(mediaDir.resolve(name));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Missing("no such media " + name);
        } catch (java.io.IOException e) {
            throw new Unreachable("cannot read media " + name, e);
        }
    }

    private void reachable() {
        if (cut) {
            throw new Unreachable("network cut", null);
        }
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
