package io.xraydesk.ui.shell;

/**
 * Where a screen can send the analyst, without knowing the other screens. The application wires
 * the real destinations; a screen's tests record the calls.
 */
public interface Routes {

    /** Back to the credentials screen, saying why (signed out, token rejected); null for no reason. */
    void signIn(String reason);

    /** The requests list. */
    void dashboard();

    /** The new-request form. */
    void newRequest();

    /** A request's page: header, documents (with the upload zone) and reports. */
    void openRequest(String requestId);

    /** A request's page with one report in front. */
    void openReport(String requestId, String reportId);

    /** Back to where the analyst came from; the requests list when there is nowhere to go back to. */
    void back();

    /** The network settings dialog (proxy, trust, connection test). */
    void networkSettings();
}
