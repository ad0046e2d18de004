package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import io.xraydesk.ui.context.SessionWork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The form's work without a window: results delivered in place by the synchronous executor, over the sandbox. */
class NewRequestViewModelTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path folder;

    private SandboxFixture fixture;
    private BackgroundTasks tasks;
    private SessionWork work;
    private final RecordingRoutes routes = new RecordingRoutes();
    private final List<FormField> focused = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<Throwable> filtered = new CopyOnWriteArrayList<>();
    private NewRequestModel form;
    private NewRequestViewModel viewModel;

    @BeforeEach
    void setUp() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        tasks = new BackgroundTasks(new DirectUiExecutor());
        tasks.setFailureFilter(failure -> failure instanceof AuthenticationException && filtered.add(failure));
        Session session = SandboxSessions.open(fixture.sandbox, fixture.sandbox.apiBaseUri(),
                Optional.of(fixture.sandbox.lookupBaseUri()));
        work = new SessionWork(session, fixture.database,
                new UploadQueue(fixture.database.uploadJournal(), session.client(), session.uploader(), 1),
                fixture.watcher);
        form = new NewRequestModel(Locale.ENGLISH);
        viewModel = new NewRequestViewModel(form, tasks, routes, (title, text) -> warnings.add(text), focused::add,
                Locale.ENGLISH, Duration.ZERO);
    }

    @AfterEach
    void tearDown() {
        viewModel.stop();
        tasks.close();
        fixture.close();
    }

    @Test
    void aFormWithAProblemFocusesItAndSendsNothing() {
        viewModel.start(work);
        form.codeTextProperty().set("514 673 986");

        viewModel.submit();

        assertEquals(List.of(FormField.CODE), focused);
        assertFalse(form.submittingProperty().get());
        assertEquals(List.of(), routes.calls());
    }

    @Test
    void aValidFormCreatesTheRequestOnceAndOpensIt() throws Exception {
        viewModel.start(work);
        form.codeTextProperty().set("514673987");
        form.businessNameProperty().set("Acme Lyon");

        viewModel.submit();
        viewModel.submit();
        await(() -> !routes.calls().isEmpty());

        String opened = routes.calls().get(0);
        assertTrue(opened.startsWith("openRequest:"), opened);
        assertEquals(1, routes.calls().size(), "two presses, one request");
        assertEquals("Acme Lyon", work.knownRequests().forCode(form.validCode().orElseThrow()).get(0).businessName());
        assertTrue(form.submittingProperty().get(), "the form stays locked once its request exists");
    }

    @Test
    void aValidSirenIsLookedUpAndAnEarlierRequestOffered() throws Exception {
        fixture.createWatched("514673987", "Acme 2025");
        viewModel.start(work);
        assertEquals("", viewModel.duplicateText().get());

        form.codeTextProperty().set("514 673 987");
        await(() -> form.lookupProperty().get() != null && !form.duplicates().isEmpty());

        assertEquals("", form.lookupStatusProperty().get());
        assertTrue(viewModel.duplicateText().get().contains("Acme 2025"), viewModel.duplicateText().get());
        viewModel.openNewestDuplicate();
        assertEquals(List.of("openRequest:" + form.duplicates().get(0).id()), routes.calls());
    }

    @Test
    void signedOutTheFormSendsTheAnalystToSignIn() {
        viewModel.start(null);
        form.codeTextProperty().set("514673987");

        viewModel.submit();

        assertEquals(List.of("signIn:null"), routes.calls());
        assertEquals("", form.lookupStatusProperty().get(), "no lookup without a session");
    }

    @Test
    void aRefusedTokenIsLeftToTheFilterAndTheFormKeepsItsValues() throws Exception {
        viewModel.start(work);
        form.codeTextProperty().set("514673987");
        form.businessNameProperty().set("Acme");
        fixture.revokeDemoUser();

        viewModel.submit();
        await(() -> !filtered.isEmpty());

        assertInstanceOf(AuthenticationException.class, filtered.get(0));
        assertEquals("", form.formMessageProperty().get(), "no message of the form's own for a refused token");
        assertEquals("Acme", form.businessNameProperty().get());
        assertEquals(List.of(), routes.calls());

        viewModel.start(work);
        assertFalse(form.submittingProperty().get(), "shown again after signing in, it can be sent again");
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
