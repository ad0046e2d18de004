package io.xraydesk.testing;

/**
 * Table tests write invisible and look-alike characters (no-break spaces, zero-width marks) as
 * {@code \\uXXXX} in their CSV rows so a reader can see them; this turns them back into the characters.
 */
public final class Unescape {

    private Unescape() {
    }

    /** Replaces each {@code \\uXXXX} escape of {@code s} by the character it names. */
    public static String unicode(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
