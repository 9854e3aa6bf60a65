package nl.stapwijs.coaching;

import java.time.Clock;
import java.util.List;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.pdf.PdfDocuments;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.instruction.speech.SpeechChain;
import nl.stapwijs.production.Journal;
import nl.stapwijs.wagevalue.NormService;
import nl.stapwijs.workforce.WorkforceService;

/** The coaching services wired by hand the way Spring wires them, for tests on a real database. */
public final class CoachingWiring {

    public final AuditLog audit;
    public final PhotoStore photos;
    public final SupportLevels supportLevels;
    public final LevelService levels;
    public final LogService log;
    public final NormService norms;
    public final ObservationService observations;
    public final CoachingService coaching;
    public final CaseloadService caseload;
    public final ProgressService progress;
    public final MunicipalityService municipality;
    public final ReviewDocument reviews;
    public final CoachingRecords records;

    public final NoteAudio noteAudio;

    /** Without any voice: notes shared with the worker stay silent. */
    public CoachingWiring(Database database, Journal journal, WorkforceService workforce, InstructionService instructions,
            Clock clock, StapwijsProperties properties) {
        this(database, journal, workforce, instructions, clock, properties, new SpeechChain(List.of()));
    }

    public CoachingWiring(Database database, Journal journal, WorkforceService workforce, InstructionService instructions,
            Clock clock, StapwijsProperties properties, SpeechChain voices) {
        audit = new AuditLog(database, clock);
        photos = new PhotoStore(properties);
        supportLevels = new SupportLevels(database);
        CoachingScope scope = new CoachingScope(workforce, clock);
        levels = new LevelService(database, scope, audit, clock, workforce, instructions);
        noteAudio = new NoteAudio(database, voices, properties);
        log = new LogService(database, scope, photos, noteAudio, audit, clock);
        norms = new NormService(database, clock, event -> { });
        observations = new ObservationService(database, journal, workforce, levels, norms, scope, audit, clock, properties);
        coaching = new CoachingService(database, scope, log, levels, observations, new Settings(database), journal,
                workforce, audit, clock,
                properties);
        caseload = new CaseloadService(database, workforce, coaching, levels, observations, audit, clock, properties);
        progress = new ProgressService(coaching, log, levels, instructions, journal, photos, clock, properties);
        municipality = new MunicipalityService(database, workforce, journal, properties);
        reviews = new ReviewDocument(coaching, progress, instructions, photos, new PdfDocuments(), audit, clock, properties);
        records = new CoachingRecords(database, levels, log, observations, photos, new MediaStore(properties));
    }
}
