package io.journeyboard.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** An HTTP answer as the tests read it. */
public record Reply(int status, String body, HttpResponse<String> raw) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
        }
    }

    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    public String etag() {
        return header("ETag");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
