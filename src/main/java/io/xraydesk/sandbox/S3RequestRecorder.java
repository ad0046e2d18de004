package io.xraydesk.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.serving.ObservedInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps a copy of every call the S3 endpoint receives: headers up front, body bytes as they are read. */
final class S3RequestRecorder extends Filter {

    private final List<ReceivedS3Request> received = new CopyOnWriteArrayList<>();

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        ex.setStreams(new ObservedInput(ex.getRequestBody(), (buffer, offset, count) -> {
            if (count > 0) {
                copy.write(buffer, offset, count);
            }
        }), null);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        try {
            chain.doFilter(ex);
        } finally {
            received.add(new ReceivedS3Request(ex.getRequestMethod(), ex.getRequestURI().toString(), headers,
                    copy.toByteArray()));
        }
    }

    @Override
    public String description() {
        return "records S3 requests";
    }

    List<ReceivedS3Request> received() {
        return new ArrayList<>(received);
    }
}
