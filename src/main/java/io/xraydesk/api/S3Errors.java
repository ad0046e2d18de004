package io.xraydesk.api;

import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Maps an S3 failure answer ({@code <Error><Code>…</Code><Message>…</Message></Error>}) to an
 * exception: 4xx → {@link UploadRejectedException}, 5xx (incl. 503 SlowDown) → {@link ServerException}.
 */
final class S3Errors {

    private S3Errors() {
    }

    static OctoberException toException(int status, HttpHeaders headers, String body, String method, String path,
            Clock clock) {
        Document xml = parse(body);
        String code = text(xml, "Code");
        String message = text(xml, "Message");
        if (message.isEmpty()) {
            message = body == null || body.isBlank() ? "no details given" : ErrorBody.snippet(body, 200);
        }
        if (status >= 500 || status == 429) {
            Duration retryAfter = RetryAfter.of(headers, clock);
            String text = code.isEmpty() ? message : code + ": " + message;
            return status == 429
                    ? new RateLimitedException(text, retryAfter, method, path)
                    : new ServerException(text, status, retryAfter, method, path);
        }
        return new UploadRejectedException(code, message, status, method, path);
    }

    private static Document parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // An error body is untrusted input: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
        } catch (Exception notXml) {
            return null;
        }
    }

    private static String text(Document xml, String element) {
        if (xml == null) {
            return "";
        }
        NodeList nodes = xml.getElementsByTagName(element);
        return nodes.getLength() == 0 ? "" : ErrorBody.readable(nodes.item(0).getTextContent().strip());
    }
}
