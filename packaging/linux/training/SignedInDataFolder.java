import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.model.Source;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.Environment;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.Profile;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.SecretStore;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.SecretStores;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares the data folder named by XRAYDESK_HOME as an analyst's who signed in before: the sandbox's
 * demo profile (docs/sandbox.md) saved as the last one used, its token remembered in the system
 * keychain, as after one sign-in with "Remember me". With a number of companies, it also writes that many requests into the
 * local cache, each with a graded Financial, Bank and ESG X-Ray, so that the dashboard opens on rows.
 * Their ids are unknown to a newly started embedded sandbox: the app marks them "not found" after its
 * first refresh, and keeps showing them.
 *
 * Run in java's source-file mode with the app's jars on the class path, so it writes exactly what the
 * app would. Used by the start-up cache's signed-in training run (train-signed-in.sh) and by the
 * start-up benchmark's dashboard case. Fails when the keychain is not persistent: without it the app
 * would not sign in at start.
 *
 * Usage: SignedInDataFolder.java [companies]
 */
public final class SignedInDataFolder {

    private static final String[] GRADES = {"A", "B", "C", "D", "E"};

    private SignedInDataFolder() {
    }

    public static void main(String[] args) throws Exception {
        SecretStoreChoice secrets = SecretStores.open();
        if (secrets.whyNotPersistent().isPresent()) {
            throw new IllegalStateException("no persistent keychain: " + secrets.whyNotPersistent().get());
        }
        AppPaths paths = AppPaths.fromEnvironment();
        SettingsStore store = SettingsStore.forApp(paths);
        Settings settings = store.load().settings();
        Profile profile = new Profile("signed-in-sandbox", "Sandbox", Environment.SANDBOX, null,
                SandboxConfig.DEMO_USER_ID, ApiCredentials.DEFAULT_VERSION, SandboxConfig.DEMO_BUSINESS_ID, true);
        try (SecretStore keychain = secrets.store()) {
            keychain.write(SecretKeys.token(profile.id()), SandboxConfig.DEMO_TOKEN);
        }
        store.save(settings.withProfile(profile).withLastProfileId(profile.id()));
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        if (companies > 0) {
            try (LocalDatabase database = LocalDatabase.open(paths.database())) {
                writeCompanies(database, companies, Instant.now());
            }
        }
    }

    private static void writeCompanies(LocalDatabase database, int companies, Instant now) {
        List<CachedRequest> requests = new ArrayList<>();
        List<CachedReport> reports = new ArrayList<>();
        for (int i = 0; i < companies; i++) {
            String id = String.format("%024x", 0x5eedL << 32 | i);
            Instant updated = now.minus(i, ChronoUnit.DAYS);
            requests.add(new CachedRequest(id, "siren", "514673987", "Company " + (i + 1), "analysed", "3.1",
                    updated.minus(2, ChronoUnit.DAYS), updated, "{\"id\":\"" + id + "\"}", now,
                    RequestOrigin.CREATED_HERE, null));
            String grade = GRADES[i % GRADES.length];
            reports.add(graded(i, id, Source.FINANCIAL, grade, ",\"probabilityOfDefault\":0.02", updated));
            reports.add(graded(i, id, Source.BANK, grade, ",\"dataSanity\":90", updated));
            reports.add(graded(i, id, Source.ESG, grade, "", updated));
        }
        database.requestCache().upsertAll(requests);
        reports.forEach(database.reportCache()::upsert);
    }

    /** Report {@code source} of company {@code i}, graded {@code grade}, its data's other fields {@code moreData}. */
    private static CachedReport graded(int i, String requestId, Source source, String grade, String moreData,
            Instant at) {
        String id = String.format("%024x", 0x3e9aL << 32 | (long) i << 4 | source.ordinal());
        return new CachedReport(id, requestId, source.wire(), grade, at, "{\"id\":\"" + id + "\",\"request\":\""
                + requestId + "\",\"source\":\"" + source.wire() + "\",\"score\":\"" + grade + "\",\"createdAt\":\""
                + at + "\",\"data\":{\"grade\":\"" + grade + "\"" + moreData + "}}", at);
    }
}
