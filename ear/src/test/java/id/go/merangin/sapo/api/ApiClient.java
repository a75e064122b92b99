package id.go.merangin.sapo.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A phone, as far as the tests are concerned: sends JSON to the deployed mobile API over real HTTP and reads the
 * answer. Runs inside the tests' WildFly (in-container tests), so it talks to localhost on the server's own port.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;
    private final String server;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiClient() {
        // in the server its own offset; in the test JVM (client-side tests) the offset the tests gave it
        this("http://127.0.0.1:"
                + (8080
                        + Integer.getInteger(
                                "jboss.socket.binding.port-offset", Integer.getInteger("sapo.test.port.offset", 0))));
    }

    /** A client of the SAPO at {@code server} (such as {@code http://127.0.0.1:8000}: a node, or a balancer). */
    public ApiClient(String server) {
        this.base = server + "/api/v1";
        this.server = server;
    }

    /** A copy of this client that sends {@code name: value} on every request. */
    public ApiClient with(String name, String value) {
        ApiClient copy = new ApiClient(server);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public ApiClient bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer post(String path, JsonObject json) {
        return post(path, json.toString());
    }

    public Answer postRaw(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer: status, content type and body, with the body as JSON on demand. */
    public record Answer(int status, String contentType, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String code() {
            return json().getString("code", null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
