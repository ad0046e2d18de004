package io.xraydesk.core.analystnotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.export.QuotedValues;
import io.xraydesk.core.export.ReportContents;
import io.xraydesk.core.i18n.DateStyle;
import io.xraydesk.core.i18n.Messages;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A report value quoted in a note, with where it comes from: the X-Ray ({@code source}), the report
 * (id and date), the JSON Pointer of the value in the report ({@code /score},
 * {@code /data/probabilityOfDefault}), the value as text as the report holds it ({@code 0.024}: readers
 * see it as its screen shows it, {@link #shownValue()}), and what the value is ({@code name}: a
 * ratio's name such as "Current ratio", "alert: critical", else the last telling step of the path).
 *
 * <p>It records what was read, not a link to the report: the value and its name stay as quoted
 * whatever newer reports say, or if the path no longer exists in them.
 *
 * <p>In the note's text a quotation is a Markdown link whose address carries all of it, e.g.
 * {@code ["B" (Bank X-Ray, score, report of 31 Mar 2024)](xray:bank/65f0…?date=2024-03-31&path=%2Fscore&value=B)}:
 * readable as typed, and read back whole by {@link NoteMarkup}. See docs/workflow.md.
 */
public record Quotation(String source, String reportId, LocalDate reportDate, String path, String value,
        String name) {

    static final String SCHEME = "xray:";

    public Quotation {
        requireText(source, "source");
        requireText(reportId, "reportId");
        Objects.requireNonNull(reportDate, "reportDate");
        requireText(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a quotation's path is a JSON Pointer starting with /: " + path);
        }
        if (value == null) {
            throw new IllegalArgumentException("a quotation needs its value");
        }
        requireText(name, "name");
    }

    /** A quotation whose value is named after its path ({@code score} for {@code /score}). */
    public Quotation(String source, String reportId, LocalDate reportDate, String path, String value) {
        this(source, reportId, reportDate, path, value, nameOf(path));
    }

    /**
     * Quotes the value at {@code pointer} in {@code report} (the grade is {@code /score}), named as the
     * report's table row showing it names it ("Current ratio"), else after its path.
     *
     * @throws IllegalArgumentException when the report has no date, or nothing or not one value there
     *     (the message says which, in the analyst's language)
     */
    public static Quotation of(Report report, String pointer) {
        if (report.createdAt() == null) {
            throw new IllegalArgumentException(Messages.get("notes.quote.undated", report.id()));
        }
        JsonNode node = pointer.startsWith("/") ? WireJson.mapper().valueToTree(report).at(pointer)
                : MissingNode.getInstance();
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            throw new IllegalArgumentException(Messages.get("notes.quote.no_value", pointer,
                    ReportContents.sourceTitle(report.source()), report.id()));
        }
        String name = ReportContents.quotedName(report, pointer, new Figures(Messages.locale()))
                .orElseGet(() -> nameOf(pointer));
        return new Quotation(report.source(), report.id(), report.createdAt().toLocalDate(), pointer, node.asText(),
                name);
    }

    /**
     * The value as the screen it was quoted from shows it, in the reader's language ("2.40%" for a
     * probability of default of 0.024, "43,31" for a French reader of a ratio of 43.31).
     */
    public String shownValue() {
        return QuotedValues.shown(source, path, value, new Figures(Messages.locale()));
    }

    /**
     * The text readers see, in their language: the value as shown, its X-Ray, the name of the value
     * (as it was quoted) and the report's date.
     */
    public String label() {
        return Messages.get("notes.quote.label", shownValue(), ReportContents.sourceTitle(source), name,
                DateStyle.date(reportDate));
    }

    /** The quotation as it is inserted into a note's text. */
    public String toMarkup() {
        return "[" + NoteMarkup.escape(label()) + "](" + destination() + ")";
    }

    String destination() {
        return SCHEME + encode(source) + "/" + encode(reportId) + "?date=" + reportDate + "&path=" + encode(path)
                + "&value=" + encode(value) + "&name=" + encode(name);
    }

    /**
     * Reads back a link address written by {@link #destination()}; anything else is not a quotation.
     * An address written before quotations carried their name is named after its path.
     */
    static Optional<Quotation> fromDestination(String destination) {
        if (destination == null || !destination.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String rest = destination.substring(SCHEME.length());
        int question = rest.indexOf('?');
        int slash = rest.indexOf('/');
        if (question < 0 || slash < 0 || slash > question) {
            return Optional.empty();
        }
        Map<String, String> query = new HashMap<>();
        for (String pair : rest.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(pair.substring(0, equals), decode(pair.substring(equals + 1)));
            }
        }
        String path = query.get("path");
        String name = query.get("name");
        try {
            return Optional.of(new Quotation(decode(rest.substring(0, slash)), decode(rest.substring(slash + 1, question)),
                    LocalDate.parse(query.getOrDefault("date", "")), path, query.get("value"),
                    name == null || name.isBlank() ? nameOf(path) : name));
        } catch (DateTimeParseException | IllegalArgumentException notAQuotation) {
            return Optional.empty();
        }
    }

    /**
     * The name of the value: the last step of the path that names something, {@code score} for
     * {@code /score}; list positions and a list item's {@code name} say nothing of their own, so
     * {@code /data/alerts/0/name} is named {@code alerts}.
     */
    private static String nameOf(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        String[] steps = path.substring(1).split("/", -1);
        for (int i = steps.length - 1; i > 0; i--) {
            boolean position = steps[i].chars().allMatch(Character::isDigit) && !steps[i].isEmpty();
            boolean itemName = steps[i].equals("name") && steps[i - 1].chars().allMatch(Character::isDigit);
            if (!position && !itemName) {
                return unescape(steps[i]);
            }
        }
        return unescape(steps[0]);
    }

    private static String unescape(String step) {
        return step.replace("~1", "/").replace("~0", "~");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quotation needs its " + what);
        }
    }
}
