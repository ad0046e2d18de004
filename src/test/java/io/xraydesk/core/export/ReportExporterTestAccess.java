package io.xraydesk.core.export;

import java.nio.file.Path;

/** Lets UI tests read an exported PDF back the same way the exporter's own tests do. */
public final class ReportExporterTestAccess {

    private ReportExporterTestAccess() {
    }

    public static String textOf(Path pdf) throws Exception {
        return ReportExporterTest.textOf(pdf);
    }
}
