package io.xraydesk.core.export;

/**
 * The files a portfolio summary can be exported to (docs/portfolio.md, The portfolio view): one row per
 * company in CSV and XLSX, one line per company with the grade distribution in PDF.
 */
public enum PortfolioFormat implements ExportFileType {
    CSV,
    XLSX,
    PDF
}
