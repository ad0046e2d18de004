package io.xraydesk.ui.requestpage;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import java.util.List;
import javafx.scene.Node;

/**
 * Builds the view of one report on a request's page. It receives what the page already loaded —
 * the request (null until it is known) and all its reports — so a view can name the company and
 * export the whole request without reading anything on the FX thread.
 */
@FunctionalInterface
public interface ReportViewFactory {

    Node viewFor(AnalysisRequest request, List<Report> requestReports, Report report);
}
