package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.xraydesk.api.ScriptedServer.Reply;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Report;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every JSON example of October's documentation (docs/october-api.md), in its wrapped and bare forms, read through the
 * client.
 */
class WireExamplesTest {

    private static final String REQUEST_BARE = "{\"id\":\"635107e452436f15d3b39d87\","
            + "\"code\":{\"type\":\"siren\",\"id\":\"514673987\"},\"status\":\"pending_analysis\",\"stage\":\"1.1\","
            + "\"collaborators\":[{\"user\":\"6413297aad6e59418e7748f9\"}],\"futureField\":{\"x\":1}}";

    private static final String MEDIUM = "{\"id\":\"6464ba07cbddbd090b267260\",\"request\":\"635107e452436f15d3b39d87\","
            + "\"name\":\"bank_statement\",\"status\":\"draft\",\"url\":\"requests/635107e452436f15d3b39d87/f.pdf\","
            + "\"meta\":{\"name\":\"statement.pdf\"}}";

    private static final String UPLOAD = "{\"url\":\"https://bucket.s3.amazonaws.com/\",\"fields\":{"
            + "\"key\":\"requests/635107e452436f15d3b39d87/f.pdf\",\"Content-Type\":\"application/pdf\",\"policy\":\"eyJ4\","
            + "\"x-amz-algorithm\":\"AWS4-HMAC-SHA256\",\"x-amz-credential\":\"AK/20260115/eu-west-3/s3/aws4_request\","
            + "\"x-amz-date\":\"20260115T100000Z\",\"x-amz-signature\":\"abcdef\"}}";

    @RegisterExtension
    final ScriptedServer server = ScriptedServer.start();
    private final OctoberClient client = Fixtures.client(server);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void createdRequest(boolean wrapped) {
        server.enqueue(Reply.json(200, wrapped ? "{\"request\":" + REQUEST_BARE + "}" : REQUEST_BARE));
        AnalysisRequest request = client.createRequest(NewRequest.of(CompanyCode.siren("514673987")));
        assertEquals("635107e452436f15d3b39d87", request.id());
        assertEquals(CompanyCode.siren("514673987"), request.code());
        assertEquals(AnalysisRequest.STATUS_PENDING_ANALYSIS, request.status());
        assertEquals("1.1", request.stage());
        assertEquals(1, request.collaborators().size());
        assertNull(request.createdAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending_analysis", "analysed_by_a_future_pipeline"})
    void unknownStatusValuesAreKeptVerbatim(String status) {
        server.enqueue(Reply.json(200, REQUEST_BARE.replace("pending_analysis", status).replace("\"1.1\"", "\"7.3\"")));
        AnalysisRequest request = client.getRequest("635107e452436f15d3b39d87");
        assertEquals(status, request.status());
        assertEquals("7.3", request.stage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void mediumDraftWithPresignedPostData(boolean wrapped) {
        String body = wrapped
                ? "{\"medium\":" + MEDIUM + ",\"upload\":" + UPLOAD + "}"
                : MEDIUM.substring(0, MEDIUM.length() - 1) + ",\"upload\":" + UPLOAD + "}";
        server.enqueue(Reply.json(200, body));
        MediumDraft draft = client.createMedium(new NewMedium("bank_statement", "635107e452436f15d3b39d87", null,
                "application/pdf", 1234L));
        assertEquals("6464ba07cbddbd090b267260", draft.medium().id());
        assertEquals("draft", draft.medium().status());
        assertEquals("statement.pdf", draft.medium().meta().name());
        assertEquals("https://bucket.s3.amazonaws.com/", draft.upload().url());
        assertEquals(List.of("key", "Content-Type", "policy", "x-amz-algorithm", "x-amz-credential", "x-amz-date",
                "x-amz-signature"), List.copyOf(draft.upload().fieldsInOrder().keySet()));
        assertEquals(true, draft.upload().isPresignedPost());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void mediumByItself(boolean wrapped) {
        server.enqueue(Reply.json(200, wrapped ? "{\"medium\":" + MEDIUM + "}" : MEDIUM));
        assertEquals("requests/635107e452436f15d3b39d87/f.pdf", client.getMedium("6464ba07cbddbd090b267260").url());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void reportList(boolean wrapped) {
        String list = "[{\"id\":\"r1\",\"request\":\"635107e452436f15d3b39d87\",\"source\":\"esg\"},"
                + "{\"id\":\"r2\",\"request\":\"635107e452436f15d3b39d87\",\"source\":\"satellite\",\"score\":null}]";
        server.enqueue(Reply.json(200, wrapped ? "{\"reports\":" + list + "}" : list));
        List<Report> reports = client.listReports("635107e452436f15d3b39d87", null);
        assertEquals(List.of("esg", "satellite"), reports.stream().map(Report::source).toList());
    }
}
