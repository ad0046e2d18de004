package io.xraydesk.ui.dashboard;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.ui.Routes;
import io.xraydesk.ui.concurrent.UiExecutor;
import io.xraydesk.ui.widgets.Toasts;
import java.util.Objects;

/**
 * Turns the watcher's "new report" into an in-app notification naming the company, the X-Ray and the
 * grade; clicking it opens the report. Subscribe it to the watcher for as long as notifications
 * should appear.
 */
public final class ReportNotifier implements WatchListener {

    private final Toasts toasts;
    private final Routes routes;
    private final UiExecutor ui;

    public ReportNotifier(Toasts toasts, Routes routes, UiExecutor ui) {
        this.toasts = Objects.requireNonNull(toasts, "toasts");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    @Override
    public void newReport(AnalysisRequest request, Report report) {
        String company = company(request, report);
        String xray = xrayName(report.source());
        String text = report.score() == null || report.score().isBlank()
                ? Messages.get("notification.report.text.no_grade", company, xray)
                : Messages.get("notification.report.text", company, xray, report.score());
        ui.execute(() -> toasts.show(Toasts.Kind.INFO, Messages.get("notification.report.title"), text,
                Messages.get("notification.report.open"), () -> routes.openReport(report.request(), report.id())));
    }

    /** "Bank X-Ray" for the five known sources, the raw value otherwise. */
    public static String xrayName(String source) {
        return Source.recognise(source).map(Source::displayName).orElse(source == null ? "?" : source);
    }

    private static String company(AnalysisRequest request, Report report) {
        if (request != null && request.businessName() != null && !request.businessName().isBlank()) {
            return request.businessName();
        }
        if (request != null && request.code() != null) {
            return request.code().id();
        }
        return report.request();
    }
}
