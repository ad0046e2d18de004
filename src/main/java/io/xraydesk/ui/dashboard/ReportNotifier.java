package io.xraydesk.ui.dashboard;

import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.xray.ReportCoverage;
import io.xraydesk.core.xray.ReportReading;
import io.xraydesk.core.xray.ReportVerdict;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.ui.concurrent.UiExecutor;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.widgets.Toasts;
import java.util.function.BooleanSupplier;

/**
 * Turns the watcher's "new report" into an in-app notification naming the company, the X-Ray and what
 * the report covers, and its verdict in the words of every other place (grade, or "not rated" with the
 * report's reason); clicking it opens the report. Subscribe it to the watcher for as long as notifications
 * should appear. The analyst's "notifications" preference is read at each report, so turning it off
 * silences the next one.
 */
public final class ReportNotifier implements WatchListener {

    private final Toasts toasts;
    private final Routes routes;
    private final UiExecutor ui;
    private final BooleanSupplier enabled;

    /** Notifies in the context's window; a click goes through its routes. */
    public ReportNotifier(ScreenContext context) {
        this.enabled = () -> context.services().settings().desktopNotifications();
        this.toasts = context.shell().toasts();
        this.routes = context.routes();
        this.ui = context.tasks().ui();
    }

    @Override
    public void newReport(AnalysisRequest request, Report report) {
        if (!enabled.getAsBoolean()) {
            return;
        }
        String company = company(request, report);
        String xray = ReportCoverage.title(report);
        ReportVerdict verdict = ReportReading.verdict(report);
        String text;
        if (verdict.status() == XRayStatus.READY) {
            text = verdict.grade() == null ? Messages.get("notification.report.text.no_grade", company, xray)
                    : Messages.get("notification.report.text", company, xray, verdict.grade());
        } else {
            text = Messages.get("notification.report.text.verdict", company, xray, verdict.status().label(),
                    verdict.reason() == null ? "" : verdict.reason());
        }
        ui.execute(() -> toasts.show(Toasts.Kind.INFO, Messages.get("notification.report.title"), text,
                Messages.get("notification.report.open"), () -> routes.openReport(report.request(), report.id())));
    }

    private static String company(AnalysisRequest request, Report report) {
        if (request != null && request.businessName() != null && !request.businessName().isBlank()) {
            return PrintableText.of(request.businessName());
        }
        if (request != null && request.code() != null) {
            return request.code().id();
        }
        return report.request();
    }
}
