package io.xraydesk.api;

/** The server answered 2xx, but not with the JSON shape expected; carries a short redacted snippet. */
public class MalformedResponseException extends OctoberException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String snippet;

    public MalformedResponseException(String problem, String snippet, int status, String method, String path,
            Throwable cause) {
        super(problem + " — body starts with: " + snippet, status, method, path, cause);
        this.problem = problem;
        this.snippet = snippet;
    }

    /** What could not be read, without the method, path, status or body excerpt. */
    public String problem() {
        return problem;
    }

    public String snippet() {
        return snippet;
    }
}
