package io.xraydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the sandbox must hold after a portfolio of {@link PortfolioFiles#companies} is imported: one request
 * per company, and on it each document of the company's folder online exactly once.
 */
public final class PortfolioOutcome {

    private PortfolioOutcome() {
    }

    /** The sandbox's request ids by SIREN, every request of each code (to see a duplicate). */
    public static Map<String, List<String>> requestsByCode(UploadFixture sandbox) {
        Map<String, List<String>> byCode = new HashMap<>();
        for (JsonNode request : sandbox.state().path("requests")) {
            String code = request.path("code").asText().replaceAll("\\D", "");
            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(request.path("id").asText());
        }
        return byCode;
    }

    public static void assertEveryCompanyOnceWithEachDocumentOnlineOnce(UploadFixture sandbox, Path documents,
            int count) throws IOException {
        Map<String, List<String>> byCode = requestsByCode(sandbox);
        int expectedDocuments = 0;
        for (int n = 0; n < count; n++) {
            List<String> requests = byCode.getOrDefault(PortfolioFiles.siren(n), List.of());
            assertEquals(1, requests.size(), "requests of company " + n + ": " + requests);
            List<String> expected = new ArrayList<>();
            try (Stream<Path> files = Files.list(documents.resolve("company-" + n))) {
                for (Path file : files.toList()) {
                    expected.add(TestDocuments.sha256(file));
                }
            }
            expectedDocuments += expected.size();
            assertEquals(expected.stream().sorted().toList(), sandbox.onlineSha256(requests.get(0)),
                    "documents of company " + n);
        }
        assertEquals(count, byCode.size(), "requests for companies not on the list: " + byCode.keySet());
        assertEquals(expectedDocuments, sandbox.counter("finaliseMedium"), "media put online");
    }
}
