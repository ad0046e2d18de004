package io.xraydesk.core.notes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who the request is created for: the API user ("me", the default), another user by id, or a user by
 * e-mail address. The kind is exposed because the body shape differs: an id goes in {@code creator},
 * while the e-mail form's body is not documented (docs/october-api.md, open question OQ-6) and is decided by the
 * request builder.
 */
public record CreatorInput(Kind kind, String value) {

    public enum Kind {
        /** The user making the call: {@code creator} is left out. */
        ME,
        /** A 24-hex-digit user id, lower-cased. */
        USER_ID,
        /** An e-mail address, domain lower-cased. */
        EMAIL
    }

    /** RFC 5321 limits: 254 characters in all, 64 before the {@code @}, 63 per domain label. */
    private static final int MAX_EMAIL = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern USER_ID = Pattern.compile("[0-9a-fA-F]{24}");
    /** The dot-atom local part of RFC 5322: what real addresses use, without quoted forms. */
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    public static final CreatorInput ME = new CreatorInput(Kind.ME, null);

    /** Reads the typed creator: blank or "me"/"moi" is the caller, else a user id or an e-mail. */
    public static Parsed<CreatorInput> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.ok(ME);
        }
        String text = raw.strip();
        if (text.length() > MAX_EMAIL) {
            return Parsed.failed(FieldProblemCode.TOO_LONG, MAX_EMAIL);
        }
        if (text.equalsIgnoreCase("me") || text.equalsIgnoreCase("moi")) {
            return Parsed.ok(ME);
        }
        if (USER_ID.matcher(text).matches()) {
            return Parsed.ok(new CreatorInput(Kind.USER_ID, text.toLowerCase(Locale.ROOT)));
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return Parsed.failed(FieldProblemCode.UNRECOGNISED_CREATOR, text);
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (local.length() > MAX_LOCAL_PART || !LOCAL_PART.matcher(local).matches()
                || !DOMAIN.matcher(domain).matches()) {
            return Parsed.failed(FieldProblemCode.INVALID_EMAIL, text);
        }
        return Parsed.ok(new CreatorInput(Kind.EMAIL, local + "@" + domain.toLowerCase(Locale.ROOT)));
    }
}
