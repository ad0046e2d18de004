package io.xraydesk.ui.context;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.audit.AuditListener;
import io.xraydesk.core.analystnotes.DraftKeeper;
import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.portfolio.PortfolioImport;
import io.xraydesk.core.portfolio.PortfolioPreviewer;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.team.TeamAccess;
import io.xraydesk.core.team.TeamSession;
import io.xraydesk.core.team.TeamWatching;
import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.core.watch.ExecutorWatchScheduler;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.core.webhooks.WebhookKeys;
import io.xraydesk.core.webhooks.WebhookReceiver;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.Settings;
import io.xraydesk.store.UploadState;
import io.xraydesk.store.WorkstationStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background machinery of one signed-in session: the durable upload queue, the request watcher
 * and, when the analyst turned it on, the webhook receiver. Opened when a session starts and closed
 * when it ends (sign-out, a refused token, quitting); the screens of every window rebuild use the
 * same instance, so a language change never interrupts an upload.
 */
public final class SessionWork implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SessionWork.class.getName());

    private final Session session;
    private final UploadQueue uploads;
    /** The watcher's timer thread; null when the watcher was built elsewhere (tests). */
    private final ExecutorWatchScheduler scheduler;
    /** Null in screen tests built from parts: they drive the status bar themselves. */
    private final ConnectionMonitor connection;
    private final RequestWatcher watcher;
    private final RequestReader requests;
    private final KnownRequests knownRequests;
    private final RequestCreator requestCreator;
    /** The local journals a portfolio import reads and writes. */
    private final LocalDatabase database;
    /** What the shared records are read from: the local database, or this desktop's copy of the team's. */
    private final WorkstationStore store;
    /** Null when this desktop works alone. */
    private final TeamSession team;
    private final CreditFile creditFile;
    private WebhookReceiver receiver;

    /**
     * @param events told (on background threads) when the queue or the watcher meets a 401, and how
     *     the connection goes
     */
    public SessionWork(Session session, LocalDatabase database, Settings settings, SessionEvents events) {
        this(session, database, settings, events, Optional.empty());
    }

    /**
     * The work of a session in a team when {@code team} is given (docs/team.md): the requests, reports
     * and followers are the team's, read from this desktop's copy, and the watcher polls only this
     * desktop's share of them; the uploads stay this workstation's.
     */
    public SessionWork(Session session, LocalDatabase database, Settings settings, SessionEvents events,
            Optional<TeamAccess> team) {
        this.session = Objects.requireNonNull(session, "session");
        this.team = team.map(access -> new TeamSession(access, database, session.analyst(), TeamSession.Timing.DEFAULTS))
                .orElse(null);
        WorkstationStore store = this.team == null ? database : this.team.store();
        this.scheduler = new ExecutorWatchScheduler();
        this.uploads = new UploadQueue(database.uploadJournal(), session.client(), session.uploader(),
                settings.uploadConcurrency());
        // The watcher is its own retry loop (adaptive intervals, Retry-After, offline pauses): its
        // client must not retry underneath it, or one poll could hold the call budget for minutes.
        OctoberClient watchClient = new OctoberClient(session.credentials(),
                HttpClientFactory.create(session.connection()), RetryPolicy.none(), session.connection());
        this.watcher = new RequestWatcher(watchClient, store,
                WatchPolicy.defaults(), Clock.systemUTC(), scheduler, new Random());
        AuditRecorder audit = new AuditRecorder(store.audit(), session.analyst(), Clock.systemUTC());
        AuditListener auditListener = new AuditListener(audit);
        uploads.addListener(auditListener);
        watcher.addListener(auditListener);
        this.requests = new RequestReader(store, session.client());
        this.knownRequests = new KnownRequests(store.requestCache());
        this.database = database;
        this.store = store;
        if (this.team != null) {
            watcher.limitTo(this.team);
            this.team.addListener(new TeamWatching(watcher, store));
        }
        this.requestCreator = new RequestCreator(session.client(), store.requestCache(), audit, Clock.systemUTC());
        this.creditFile = new CreditFile(store, session.analyst(), Clock.systemUTC(), DraftKeeper.DEFAULT_DELAY);
        // One monitor hears every call of both clients, the watcher's and the screens': the status
        // bar then says how the API answers, whoever called it (docs/xray-states.md, "The connection").
        this.connection = ConnectionMonitor.start(Clock.systemUTC(), watcher::needsPolling);
        watchClient.observeCalls(connection);
        session.client().observeCalls(connection);
        connection.addListener(events::connectionChanged);
        uploads.addListener(new UploadQueueListener() {
            @Override
            public void changed(UploadStatus status, OverallProgress overall) {
                // A document just went online: its X-Rays start now, so poll that request fast.
                if (status.item().state() == UploadState.ONLINE) {
                    watcher.nudge(status.item().requestId());
                }
            }

            @Override
            public void haltedForCredentials() {
                events.authenticationLost(new AuthenticationException("the token was refused during an upload",
                        401, "POST", "/media"));
            }
        });
        watcher.addListener(new WatchListener() {
            @Override
            public void authenticationLost(AuthenticationException failure) {
                events.authenticationLost(failure);
            }

        });
    }

    /**
     * A session's work from parts built elsewhere, for screen tests that drive a watcher on a fake
     * clock: no listener is wired between the parts, and {@link #close()} stops only what it owns.
     */
    public SessionWork(Session session, LocalDatabase database, UploadQueue uploads, RequestWatcher watcher) {
        this.session = Objects.requireNonNull(session, "session");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.requests = new RequestReader(database, session.client());
        this.knownRequests = new KnownRequests(database.requestCache());
        this.database = database;
        this.requestCreator = new RequestCreator(session.client(), database.requestCache(),
                new AuditRecorder(database.audit(), session.analyst(), Clock.systemUTC()), Clock.systemUTC());
        this.scheduler = null;
        this.store = database;
        this.team = null;
        this.creditFile = new CreditFile(database, session.analyst(), Clock.systemUTC(), DraftKeeper.DEFAULT_DELAY);
        // Hears the screens' calls; the parts' own watcher reports to whoever built it.
        this.connection = ConnectionMonitor.start(Clock.systemUTC(), watcher::needsPolling);
        session.client().observeCalls(connection);
    }

    /** Builds the work of a signed-in session; the application's is {@code SessionWork::new}. */
    @FunctionalInterface
    public interface Factory {

        SessionWork open(Session session, LocalDatabase database, Settings settings, SessionEvents events);
    }

    /**
     * Starts what may touch the disk or the network: reading the cache into the watcher, resuming
     * uploads a crash or a quit left unfinished, and the webhook receiver. Call it off the FX thread.
     */
    public void start(Settings settings) {
        if (team != null) {
            team.start();
        }
        watcher.start();
        uploads.resumeUnfinished();
        var hooks = settings.webhookReceiver();
        if (hooks != null && hooks.enabled() && session.businessId().isPresent()) {
            try {
                WebhookKeys keys = new WebhookKeys(session.client(), session.businessId().get(), Clock.systemUTC());
                keys.refresh();
                receiver = WebhookReceiver.start(hooks.port(), keys, watcher);
            } catch (RuntimeException e) {
                // Polling still finds every report; the receiver only makes it faster.
                LOG.log(Level.WARNING, "webhook receiver not started on port " + hooks.port(), e);
            }
        }
    }

    public Session session() {
        return session;
    }

    public UploadQueue uploads() {
        return uploads;
    }

    /** How the API answers lately: the status bar's and the offline banner's one source. */
    public ConnectionMonitor connection() {
        return connection;
    }

    public RequestWatcher watcher() {
        return watcher;
    }

    /** What the screens read about requests: the cache with parsed summaries, reports and documents. */
    public RequestReader requests() {
        return requests;
    }

    /** The requests already known for a company code, newest first: the new-request form's duplicate check. */
    public KnownRequests knownRequests() {
        return knownRequests;
    }

    /** Creates requests for this session and records them as created here. */
    public RequestCreator requestCreator() {
        return requestCreator;
    }

    /** The analyst's notes, decisions, audit trail and credit memos of requests. */
    public CreditFile creditFile() {
        return creditFile;
    }

    /** Checks company lists as the new-request form and the upload panel check a company and its files. */
    public PortfolioPreviewer portfolioPreviewer() {
        return new PortfolioPreviewer(knownRequests, new FileInspector(FileInspector.DEFAULT_MAX_BYTES),
                new DocumentDateRule(Clock.systemDefaultZone()));
    }

    /** A new portfolio import run over this session's creator and upload queue, journaled locally. */
    public PortfolioImport portfolioImport() {
        return new PortfolioImport(database.importJournal(), requestCreator, store.requestCache(), uploads,
                database.uploadJournal(), Clock.systemUTC());
    }

    /** The team this desktop works in; empty when it works alone. */
    public Optional<TeamSession> team() {
        return Optional.ofNullable(team);
    }

    /** Stops polling and the receiver; uploads in flight stop and stay in the journal for next time. */
    @Override
    public void close() {
        watcher.stop();
        if (team != null) {
            team.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        uploads.close();
        connection.close();
        if (receiver != null) {
            receiver.close();
        }
        creditFile.close();
    }
}
