package io.xraydesk.core.documents;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pre-fills category, period and reference date from a file name, in French or English, only where
 * the name is unambiguous: two categories, or two different dates or periods, mean no guess for that
 * part. The reference date is the end of the period covered; for annual accounts with only a year,
 * the 31st of December (most French companies close then; the analyst corrects the others), and a
 * month next to "bilan" is read as the closing month.
 */
public final class DocumentGuesser {

    /** Letters may not touch a keyword on either side; digits may ("bilan2023"). */
    private static final String L = "(?<![a-z])";
    private static final String R = "(?![a-z])";

    private static final Map<DocumentCategory, Pattern> CATEGORY_WORDS = Map.of(
            DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Pattern.compile(L + "(bilans?|liasses?( fiscales?)?"
                    + "|comptes annuels|etats financiers|annual accounts|financial statements?)" + R),
            DocumentCategory.INTERIM_FINANCIAL_STATEMENT, Pattern.compile(L + "(situations?( intermediaires?)?"
                    + "|interim)" + R),
            DocumentCategory.BANK_STATEMENT, Pattern.compile(L + "(releves?|(?<!financial )statements?"
                    + "|extraits? de comptes?|bank)" + R));

    private static final String MONTH_NAMES = "janvier|january|janv|jan|fevrier|february|fevr|fev|feb|mars|march|mar"
            + "|avril|april|avr|apr|mai|may|juin|june|jun|juillet|july|juil|jul|aout|august|aug"
            + "|septembre|september|sept|sep|octobre|october|oct|novembre|november|nov|decembre|december|dec";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String SEP = "[-. ]";
    private static final String NO_DIGIT_BEFORE = "(?<!\\d)";
    private static final String NO_DIGIT_AFTER = "(?!\\d)";

    /** Temporal mentions, most specific first; each match is blanked so its year is not read again. */
    private static final List<Mention> MENTIONS = List.of(
            new Mention(NO_DIGIT_BEFORE + YEAR + SEP + "(\\d\\d)" + SEP + "(\\d\\d)" + NO_DIGIT_AFTER,
                    m -> day(m.group(1), m.group(2), m.group(3))),
            new Mention(NO_DIGIT_BEFORE + "(\\d\\d)" + SEP + "(\\d\\d)" + SEP + YEAR + NO_DIGIT_AFTER,
                    m -> day(m.group(3), m.group(2), m.group(1))),
            new Mention("(?<![a-z0-9])[tq]([1-4])" + SEP + "?" + YEAR + NO_DIGIT_AFTER,
                    m -> quarter(m.group(2), m.group(1))),
            new Mention(NO_DIGIT_BEFORE + YEAR + SEP + "?[tq]([1-4])(?![a-z0-9])",
                    m -> quarter(m.group(1), m.group(2))),
            new Mention("(?<![a-z0-9])[sh]([12])" + SEP + "?" + YEAR + NO_DIGIT_AFTER,
                    m -> semester(m.group(2), m.group(1))),
            new Mention(NO_DIGIT_BEFORE + YEAR + SEP + "?[sh]([12])(?![a-z0-9])",
                    m -> semester(m.group(1), m.group(2))),
            new Mention(NO_DIGIT_BEFORE + YEAR + SEP + "(\\d\\d)" + NO_DIGIT_AFTER, m -> month(m.group(1), m.group(2))),
            new Mention(NO_DIGIT_BEFORE + "(\\d\\d)" + SEP + YEAR + NO_DIGIT_AFTER, m -> month(m.group(2), m.group(1))),
            new Mention(L + "(" + MONTH_NAMES + ")" + R + SEP + "?" + YEAR + NO_DIGIT_AFTER,
                    m -> namedMonth(m.group(1), m.group(2))),
            new Mention(NO_DIGIT_BEFORE + YEAR + NO_DIGIT_AFTER,
                    m -> new Span(Period.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31))));

    private DocumentGuesser() {
    }

    public static Guess guess(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Guess.NOTHING;
        }
        String name = normalise(fileName);
        // Words may be joined by dashes or dots ("comptes-annuels"); dates keep theirs for the mentions.
        DocumentCategory category = category(name.replaceAll("[-.]", " "));
        Set<Span> spans = spans(name);
        if (spans.size() != 1) {
            return new Guess(category, null, null);
        }
        Span span = spans.iterator().next();
        if (category == DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT) {
            // A single year, a closing month or an exact closing date all describe the fiscal year.
            boolean closing = span.period == null || span.period == Period.YEAR || span.period == Period.MONTH;
            return closing ? new Guess(category, Period.YEAR, span.end) : new Guess(category, null, null);
        }
        if (span.period == null) {
            return new Guess(category, null, span.end);
        }
        if (span.period == Period.YEAR || (category != null && !category.accepts(span.period))) {
            // A bare year says too little outside annual accounts; a period the category refuses is a misreading.
            return new Guess(category, null, null);
        }
        return new Guess(category, span.period, span.end);
    }

    /** Lower case, accents removed, extension dropped, underscores as spaces. */
    private static String normalise(String fileName) {
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 5) {
            name = name.substring(0, dot);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return name.toLowerCase(Locale.ROOT).replace('_', ' ').replace('+', ' ');
    }

    private static DocumentCategory category(String name) {
        Set<DocumentCategory> found = EnumSet.noneOf(DocumentCategory.class);
        CATEGORY_WORDS.forEach((category, words) -> {
            if (words.matcher(name).find()) {
                found.add(category);
            }
        });
        // "Situation intermédiaire" documents are often titled with bilan words: the interim word wins.
        if (found.contains(DocumentCategory.INTERIM_FINANCIAL_STATEMENT)) {
            found.remove(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static Set<Span> spans(String name) {
        Set<Span> spans = new LinkedHashSet<>();
        String rest = name;
        for (Mention mention : MENTIONS) {
            Matcher m = mention.pattern.matcher(rest);
            StringBuilder blanked = new StringBuilder();
            while (m.find()) {
                Span span = mention.reader.apply(m);
                if (span != null) {
                    spans.add(span);
                }
                m.appendReplacement(blanked, " ");
            }
            m.appendTail(blanked);
            rest = blanked.toString();
        }
        return spans;
    }

    private static Span day(String year, String month, String day) {
        try {
            return new Span(null, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Span month(String year, String month) {
        int m = Integer.parseInt(month);
        return m < 1 || m > 12 ? null
                : new Span(Period.MONTH, YearMonth.of(Integer.parseInt(year), m).atEndOfMonth());
    }

    /** Every name in {@link #MONTH_NAMES} is a prefix of its month's full English or French name. */
    private static Span namedMonth(String monthName, String year) {
        for (Month month : Month.values()) {
            if (fullName(month, Locale.ENGLISH).startsWith(monthName) || fullName(month, Locale.FRENCH).startsWith(monthName)) {
                return new Span(Period.MONTH, YearMonth.of(Integer.parseInt(year), month).atEndOfMonth());
            }
        }
        return null;
    }

    private static String fullName(Month month, Locale language) {
        return normalise(month.getDisplayName(TextStyle.FULL, language));
    }

    private static Span quarter(String year, String quarter) {
        return new Span(Period.QUARTER, YearMonth.of(Integer.parseInt(year), Integer.parseInt(quarter) * 3).atEndOfMonth());
    }

    private static Span semester(String year, String half) {
        return new Span(Period.SEMESTER, YearMonth.of(Integer.parseInt(year), Integer.parseInt(half) * 6).atEndOfMonth());
    }

    /** A period (null for an exact day) and the date it ends on. */
    private record Span(Period period, LocalDate end) {
    }

    private record Mention(Pattern pattern, Function<Matcher, Span> reader) {
        Mention(String regex, Function<Matcher, Span> reader) {
            this(Pattern.compile(regex), reader);
        }
    }
}
