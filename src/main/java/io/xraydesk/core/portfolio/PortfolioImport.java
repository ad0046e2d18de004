package io.xraydesk.core.portfolio;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.ConflictException;
import io.xraydesk.api.MalformedResponseException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.core.requests.CreationResult;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.requests.RequestDraft;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.EnqueueResult;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import io.xraydesk.store.ImportJournal;
import io.xraydesk.store.RequestCache;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs an import from its preview: each company's request is created (or the known one reused) and its
 * documents handed to the durable upload queue, every step journaled first (docs/portfolio.md, Resuming).
 * A creation is journaled as CREATING before it is sent; a later run that finds it so reconciles it with the
 * local request list (the creation recorded there before the journal caught up) or else leaves it
 * OUTCOME_UNKNOWN, never sent again unless the analyst asks ({@code recreateUnknown}): the API has no list to
 * look the company up in (docs/october-api.md, Errors). Blocking: run it off the UI thread.
 */
public final class PortfolioImport {

    private static final Duration CANCEL_CHECK = Duration.ofMillis(200);

    private final ImportJournal journal;
    private final RequestCreator creator;
    private final RequestCache requests;
    private final UploadQueue queue;
    private final UploadJournal uploads;
    private final Clock clock;
    private volatile boolean cancelled;

    public PortfolioImport(ImportJournal journal, RequestCreator creator, RequestCache requests, UploadQueue queue,
            UploadJournal uploads, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.creator = Objects.requireNonNull(creator, "creator");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The unfinished batch of the same list and documents folder, or a new one journaled with every row:
     * importable rows PENDING, the others REFUSED with their problems.
     */
    public ImportBatch batchFor(PortfolioPreview preview) {
        Optional<ImportBatch> unfinished = unfinished(preview);
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        Instant now = Instant.now(clock);
        ImportBatch batch = new ImportBatch(UUID.randomUUID().toString(), listFile(preview),
                preview.list().sha256(), documentsRoot(preview), ImportBatch.RUNNING, now, now);
        List<ImportCompany> companies = new ArrayList<>();
        for (PreviewRow row : preview.rows()) {
            ImportCompanyState state = row.isImportable() ? ImportCompanyState.PENDING : ImportCompanyState.REFUSED;
            companies.add(new ImportCompany(batch.id(), row.row().line(),
                    row.code() == null ? row.row().codeType() : row.code().type(),
                    row.code() == null ? row.row().code() : row.code().id(), row.businessName(), state, null, null,
                    0, row.isImportable() ? null : String.join(" ", row.problems()), now));
        }
        journal.start(batch, companies);
        return batch;
    }

    /** The batch an earlier run of the same list and documents folder left unfinished, which a run continues. */
    public Optional<ImportBatch> unfinished(PortfolioPreview preview) {
        return journal.unfinished(listFile(preview), preview.list().sha256(), documentsRoot(preview));
    }

    private static String listFile(PortfolioPreview preview) {
        return preview.list().file().toAbsolutePath().normalize().toString();
    }

    private static String documentsRoot(PortfolioPreview preview) {
        return preview.documentsRoot() == null ? null : preview.documentsRoot().toAbsolutePath().normalize().toString();
    }

    /**
     * Works the batch to its end: unfinished uploads of an earlier run are resumed, then each company not
     * finished gets its request and its documents queued, then the queue is awaited. Returns the batch's
     * companies as journaled at the end. Stops early after {@link #cancel()}: what is left stays PENDING and
     * the same import continues it.
     *
     * @throws AuthenticationException when the API refuses the credentials (nothing more can be done)
     */
    public List<ImportCompany> run(ImportBatch batch, PortfolioPreview preview, boolean recreateUnknown,
            ImportListener listener) throws InterruptedException {
        Map<Integer, PreviewRow> rows = preview.rows().stream()
                .collect(Collectors.toMap(r -> r.row().line(), Function.identity(), (a, b) -> a));
        queue.resumeUnfinished();
        List<ImportCompany> companies = journal.companies(batch.id());
        int total = companies.size();
        int done = (int) companies.stream().filter(ImportCompany::isFinished).count();
        int queuedDocuments = companies.stream().mapToInt(c -> c.documentsQueued() == null ? 0 : c.documentsQueued())
                .sum();
        for (ImportCompany company : companies) {
            if (cancelled) {
                break;
            }
            if (company.isFinished()) {
                continue;
            }
            ImportCompany now = work(batch, company, rows.get(company.line()), recreateUnknown);
            if (now.isFinished()) {
                done++;
                queuedDocuments += now.documentsQueued() == null ? 0 : now.documentsQueued();
            }
            listener.companyChanged(now, new ImportProgress(done, total, queuedDocuments));
        }
        awaitUploads();
        List<ImportCompany> end = journal.companies(batch.id());
        if (!cancelled && end.stream().allMatch(ImportCompany::isFinished)) {
            journal.finish(batch.id());
        }
        return end;
    }

    /**
     * Stops after the company being worked on, or ends the wait for the uploads; queued documents keep going
     * in the upload queue. Callable from any thread.
     */
    public void cancel() {
        cancelled = true;
    }

    /** The outcome of {@code batch} as its journal and the upload journal tell it now. */
    public ImportReport report(ImportBatch batch) {
        ImportBatch current = journal.batch(batch.id()).orElse(batch);
        return ImportReport.of(current, journal.companies(batch.id()), uploads);
    }

    /** Waits for the queue to go idle in short steps, so that {@link #cancel()} also ends the wait. */
    private void awaitUploads() throws InterruptedException {
        boolean idle = false;
        while (!cancelled && !idle) {
            idle = queue.awaitIdle(CANCEL_CHECK);
        }
    }

    private ImportCompany work(ImportBatch batch, ImportCompany company, PreviewRow row, boolean recreateUnknown) {
        if (row == null || !row.isImportable()) {
            // The list or its folders changed since the batch began: refused with today's reasons.
            String reason = row == null ? "" : String.join(" ", row.problems());
            journal.markRefused(batch.id(), company.line(), reason);
            return reload(batch, company);
        }
        ImportCompany current = company;
        if (current.state() == ImportCompanyState.CREATING || current.state() == ImportCompanyState.OUTCOME_UNKNOWN) {
            current = reconcile(batch, current, row);
        }
        if (current.state() == ImportCompanyState.OUTCOME_UNKNOWN && !recreateUnknown) {
            return current;
        }
        if (!current.state().hasRequest()) {
            current = obtainRequest(batch, current, row);
        }
        if (current.state().hasRequest() && current.documentsQueued() == null) {
            queueDocuments(batch, current, row);
            current = reload(batch, current);
        }
        return current;
    }

    /**
     * A creation whose answer no run journaled: sent by a run that stopped, or lost on the wire. {@link
     * RequestCreator} records a created request in the local list before returning, and the analyst who finds
     * the request opens it by id, which records it too: a request of that code recorded since the creation was
     * sent is the one it created. Without one the company stays OUTCOME_UNKNOWN.
     */
    private ImportCompany reconcile(ImportBatch batch, ImportCompany company, PreviewRow row) {
        Instant sent = company.updatedAt();
        Optional<CachedRequest> created = requests.findByCode(row.code().type(), row.code().id()).stream()
                .filter(r -> !r.fetchedAt().isBefore(sent)).findFirst();
        if (created.isPresent()) {
            journal.markRequest(batch.id(), company.line(), ImportCompanyState.CREATED, created.get().id());
        } else if (company.state() == ImportCompanyState.CREATING) {
            journal.markOutcomeUnknown(batch.id(), company.line(), Messages.get("portfolio.run.interruptedCreation"));
        } else {
            return company;
        }
        return reload(batch, company);
    }

    private ImportCompany obtainRequest(ImportBatch batch, ImportCompany company, PreviewRow row) {
        if (row.reusedRequest().isPresent()) {
            journal.markRequest(batch.id(), company.line(), ImportCompanyState.REUSED, row.reusedRequestId());
            return reload(batch, company);
        }
        journal.markCreating(batch.id(), company.line());
        try {
            CreationResult result = creator.create(new RequestDraft(row.code(), row.businessName(), CreatorInput.ME,
                    row.notes()));
            if (result instanceof CreationResult.Created created) {
                journal.markRequest(batch.id(), company.line(), ImportCompanyState.CREATED, created.request().id());
            } else if (result instanceof CreationResult.OutcomeUnknown unknown) {
                journal.markOutcomeUnknown(batch.id(), company.line(), unknown.cause().getMessage());
            }
        } catch (AuthenticationException | PermissionException stop) {
            journal.markPending(batch.id(), company.line(), stop.getMessage());
            throw stop;
        } catch (ValidationException | ConflictException | NotFoundException refused) {
            journal.markRefused(batch.id(), company.line(), refused.getMessage());
        } catch (MalformedResponseException answered) {
            // The server answered, so it probably created the request: not sent again blindly.
            journal.markOutcomeUnknown(batch.id(), company.line(), answered.getMessage());
        } catch (OctoberException notProcessed) {
            // The client retries a POST only when it cannot have been processed, and gives up here after that.
            journal.markPending(batch.id(), company.line(), notProcessed.getMessage());
        }
        return reload(batch, company);
    }

    /**
     * Hands the accepted documents to the upload queue: recorded in its journal first, those of one
     * description in one transaction, then checked and scheduled. A file the journal already holds for the
     * request (by path or by content, recorded by a run that stopped half-way) is counted, not recorded again:
     * the queue itself carries it on.
     */
    private void queueDocuments(ImportBatch batch, ImportCompany company, PreviewRow row) {
        String requestId = company.requestId();
        Set<String> present = new HashSet<>();
        for (UploadItem item : uploads.forRequest(requestId)) {
            if (item.state() != UploadState.CANCELLED && item.state() != UploadState.REFUSED) {
                present.add(item.filePath());
                if (item.sha256() != null) {
                    present.add(item.sha256());
                }
            }
        }
        int queued = 0;
        List<String> reasons = new ArrayList<>();
        Map<DocumentDescription, List<Path>> toSend = new LinkedHashMap<>();
        for (PreviewDocument document : row.documents()) {
            Path file = document.file().toAbsolutePath().normalize();
            if (!document.isAccepted()) {
                reasons.add(document.refusalText());
            } else if (present.contains(file.toString()) || present.contains(document.sha256())) {
                queued++;
            } else {
                toSend.computeIfAbsent(document.description(), d -> new ArrayList<>()).add(file);
            }
        }
        for (Map.Entry<DocumentDescription, List<Path>> group : toSend.entrySet()) {
            for (UploadItem recorded : queue.record(requestId, group.getValue(), group.getKey())) {
                EnqueueResult result = queue.checkAndSend(recorded);
                if (result.isQueued()) {
                    queued++;
                } else {
                    reasons.add(result.path().getFileName() + ": " + String.join(" ", result.refusals()));
                }
            }
        }
        journal.markDocumentsQueued(batch.id(), company.line(), queued, reasons.size(),
                reasons.isEmpty() ? null : String.join(" | ", reasons));
    }

    private ImportCompany reload(ImportBatch batch, ImportCompany company) {
        return journal.company(batch.id(), company.line()).orElse(company);
    }
}
