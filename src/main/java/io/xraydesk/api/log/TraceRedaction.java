package io.xraydesk.api.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.xraydesk.api.model.WireJson;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a diagnostic trace may show of an exchange: everything except the credentials and the
 * upload's signing material. Header values, JSON fields, form fields and URL query parameters with
 * a sensitive name are replaced by {@link Redactor#MASK}; whatever is left goes through {@link
 * Redactor}, so a registered token is masked even where no name announces it.
 */
public final class TraceRedaction {

    /** Names (lower case) whose values are secrets or signatures, wherever they appear. */
    private static final Set<String> SECRET_NAMES = Set.of("sessiontoken", "userid", "authorization", "cookie",
            "set-cookie", "policy", "signature", "x-amz-signature", "x-amz-credential", "x-amz-security-token",
            "token", "password", "secret");
    private static final Pattern QUERY_PARAMETER = Pattern.compile("([?&])([^=&#]+)=([^&#]*)");

    private TraceRedaction() {
    }

    public static boolean isSecretName(String name) {
        return name != null && SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The value of a header or form field as the trace shows it. */
    public static String value(String name, String value) {
        return isSecretName(name) ? Redactor.MASK : Redactor.redact(value);
    }

    /** A URL with the values of its sensitive query parameters (a presigned URL's signature) masked. */
    public static String url(String url) {
        return Redactor.redact(QUERY_PARAMETER.matcher(url).replaceAll(match -> {
            String name = match.group(2);
            String value = isSecretName(java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8))
                    ? Redactor.MASK : match.group(3);
            return java.util.regex.Matcher.quoteReplacement(match.group(1) + name + "=" + value);
        }));
    }

    /**
     * A body as the trace shows it: JSON pretty-printed with sensitive fields masked (and a webhook
     * setting's {@code key}, the secret that signs deliveries); any other text redacted as it is.
     */
    public static String body(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode tree = WireJson.mapper().readTree(body);
            if (tree != null && tree.isContainerNode()) {
                mask(tree);
                return Redactor.redact(WireJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
            }
        } catch (JsonProcessingException notJson) {
            // Shown as text: a trace must show what a broken answer looked like.
        }
        return Redactor.redact(body);
    }

    private static void mask(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            boolean webhookSetting = object.has("events") && object.has("url");
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean secret = isSecretName(field.getKey()) || (webhookSetting && field.getKey().equals("key"));
                if (secret && !field.getValue().isNull()) {
                    field.setValue(TextNode.valueOf(Redactor.MASK));
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(TraceRedaction::mask);
        }
    }
}
