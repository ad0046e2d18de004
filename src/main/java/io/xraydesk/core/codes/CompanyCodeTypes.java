package io.xraydesk.core.codes;

import java.util.List;
import java.util.Optional;

/** The company code types the API knows (docs/october-api.md, Company codes; others are open question OQ-13). */
public final class CompanyCodeTypes {

    public static final CompanyCodeType SIREN = new SirenType();
    public static final CompanyCodeType KVK = new KvkType();

    private static final List<CompanyCodeType> ALL = List.of(SIREN, KVK);

    private CompanyCodeTypes() {
    }

    /** All types, in the order offered to the analyst. */
    public static List<CompanyCodeType> all() {
        return ALL;
    }

    /** The type whose wire name is {@code wire} (case-insensitive, surrounding spaces ignored). */
    public static Optional<CompanyCodeType> byWire(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        String wanted = wire.strip();
        return ALL.stream().filter(t -> t.wire().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * A company code as the analyst reads it, "SIREN 514 673 987"; a type this version does not know is
     * shown as sent, since the server's word is all there is.
     */
    public static String describe(String wire, String id) {
        String shownId = id == null ? "" : id;
        return byWire(wire).map(type -> type.displayName() + " " + type.format(shownId))
                .orElse((wire == null ? "" : wire) + " " + shownId).strip();
    }
}
