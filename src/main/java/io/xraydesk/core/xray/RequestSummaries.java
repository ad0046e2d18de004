package io.xraydesk.core.xray;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.documents.DocumentWords;
import io.xraydesk.core.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds the {@link RequestSummary} of a request from its facts, with {@link XRayRules}' states. */
public final class RequestSummaries {

    private RequestSummaries() {
    }

    /**
     * @param notFoundSince when the server answered "not found" for it, null while it knows it
     * @param today         the analyst's date: "the 2023 annual accounts" is last year's
     */
    public static RequestSummary of(String requestId, RequestFacts facts, Instant notFoundSince, LocalDate today) {
        Map<Source, XRayOutcome> xrays = XRayRules.outcomes(facts);
        AnalysisRequest request = facts.request();
        Report bank = xrays.get(Source.BANK).latest();
        Report esg = xrays.get(Source.ESG).latest();
        OptionalDouble sanity = bank == null ? OptionalDouble.empty() : ReportReading.dataSanity(bank);
        List<Report> docReports = facts.reportsOf(Source.DOC);
        List<RequestSummary.DocumentLine> documents = facts.knownDocuments().stream()
                .map(d -> new RequestSummary.DocumentLine(d.fileName(), DocumentWords.category(d.category()),
                        DocumentState.of(d, request, docReports))).toList();
        return new RequestSummary(requestId, company(request, requestId), request == null ? null : request.stage(),
                notFoundSince, xrays, xrays.get(Source.FINANCIAL).probabilityOfDefault(),
                sanity.isPresent() ? sanity.getAsDouble() : null, alerts(facts, xrays),
                esg == null ? List.of() : DataFields.texts(DataFields.of(esg), "missingInputs"), trends(facts), documents,
                nextSteps(xrays, documents, notFoundSince != null, today));
    }

    private static String company(AnalysisRequest request, String requestId) {
        if (request != null && request.businessName() != null && !request.businessName().isBlank()) {
            return request.businessName();
        }
        if (request != null && request.code() != null && request.code().id() != null) {
            return request.code().id();
        }
        return requestId;
    }

    /** "Financial X-Ray: C → B", "Doc X-Ray · bilan.pdf: …" for each subject with two grades or more. */
    private static List<String> trends(RequestFacts facts) {
        List<String> trends = new ArrayList<>();
        for (Source source : Source.values()) {
            ReportCoverage.trends(facts.reportsOf(source)).forEach((subject, grades) -> trends.add(Messages.get(
                    "xray.trend", subject.isEmpty() ? XRayWords.name(source)
                            : Messages.get("xray.coverage.title", XRayWords.name(source), subject),
                    String.join(" → ", grades))));
        }
        return trends;
    }

    /** Failed Doc checks of every document, flagged transactions of the newest Bank X-Ray, manager alerts. */
    private static List<RequestSummary.Alert> alerts(RequestFacts facts, Map<Source, XRayOutcome> xrays) {
        List<RequestSummary.Alert> alerts = new ArrayList<>();
        for (Report doc : facts.reportsOf(Source.DOC)) {
            String subject = ReportCoverage.label(doc).orElse(XRayWords.name(Source.DOC));
            JsonNode docAlerts = DataFields.of(doc).path("alerts");
            for (int i = 0; i < docAlerts.size(); i++) {
                JsonNode alert = docAlerts.get(i);
                String pointer = "/data/alerts/" + i + "/name";
                DataFields.text(alert, "name").ifPresent(name -> alerts.add(new RequestSummary.Alert(
                        Messages.get("xray.alert.doc", subject, name, DataFields.text(alert, "severity").orElse("?")),
                        doc, pointer)));
            }
        }
        Report bank = xrays.get(Source.BANK).latest();
        if (bank != null) {
            long flagged = 0;
            for (JsonNode transaction : DataFields.of(bank).path("transactions")) {
                flagged += transaction.path("alert").asBoolean(false) ? 1 : 0;
            }
            if (flagged > 0) {
                alerts.add(RequestSummary.Alert.unquotable(Messages.get("xray.alert.bank", ReportCoverage.title(bank),
                        flagged)));
            }
        }
        Report manager = xrays.get(Source.MANAGER).latest();
        if (manager != null) {
            JsonNode checks = DataFields.of(manager).path("checks");
            for (int i = 0; i < checks.size(); i++) {
                JsonNode check = checks.get(i);
                if ("alert".equals(check.path("status").asText())) {
                    alerts.add(new RequestSummary.Alert(Messages.get("xray.alert.manager",
                            DataFields.text(check, "name").orElse("?"), DataFields.text(check, "detail").orElse("")),
                            manager, "/data/checks/" + i + "/name"));
                }
            }
        }
        return alerts;
    }

    private static List<String> nextSteps(Map<Source, XRayOutcome> xrays, List<RequestSummary.DocumentLine> documents,
            boolean notFound, LocalDate today) {
        List<String> steps = new ArrayList<>();
        if (notFound) {
            steps.add(Messages.get("xray.next.notFound"));
            return steps;
        }
        documents.stream().filter(d -> d.state() == DocumentState.SEND_FAILED)
                .forEach(d -> steps.add(Messages.get("xray.next.resend", d.name())));
        for (XRayOutcome xray : xrays.values()) {
            switch (xray.status()) {
                case AWAITING_DOCUMENTS -> steps.add(xray.source() == Source.FINANCIAL
                        ? Messages.get("xray.next.financial", today.getYear() - 1)
                        : Messages.get("xray.next." + xray.source().wire()));
                case NOT_RATED -> notRatedStep(xray).ifPresent(steps::add);
                case FAILED -> steps.add(Messages.get("xray.next.failed", XRayWords.name(xray.source())));
                case PENDING, READY -> {
                    // nothing to do but wait, or read it
                }
            }
        }
        return steps;
    }

    /** The two documented ways of not rating have a remedy; the others are for the analyst to judge. */
    private static Optional<String> notRatedStep(XRayOutcome xray) {
        JsonNode data = DataFields.of(xray.latest());
        return switch (xray.source()) {
            case BANK -> DataFields.number(data, "dataSanity").stream()
                    .filter(sanity -> sanity < ReportReading.BANK_MIN_DATA_SANITY).boxed().findFirst()
                    .map(low -> Messages.get("xray.next.bankSanity"));
            case ESG -> DataFields.texts(data, "missingInputs").isEmpty() ? Optional.empty()
                    : Optional.of(Messages.get("xray.next.esgInputs"));
            case DOC, FINANCIAL, MANAGER -> Optional.empty();
        };
    }
}
