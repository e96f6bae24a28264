package ai.datafog.bootstrap.hostile;

import ai.datafog.bootstrap.ApiTestSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Requests Netty refuses before routing still get the contract error body")
class MalformedHttpTest extends ApiTestSupport {

    private static final String CANARY = "CANARYrawsocket";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garbage request line", "header block over 8 KiB", "request line over 4 KiB",
            "header without a colon", "HTTP/9.9", "NUL in the request line"})
    void rawMalformedRequestIsAContract400(String kind) throws IOException {
        String request = switch (kind) {
            case "garbage request line" -> CANARY + " \u0001\u0002\r\n\r\n";
            case "header block over 8 KiB" -> "GET /health HTTP/1.1\r\nHost: x\r\nX-Fill: " + CANARY.repeat(1_000) + "\r\n\r\n";
            case "request line over 4 KiB" -> "GET /health?q=" + CANARY.repeat(500) + " HTTP/1.1\r\nHost: x\r\n\r\n";
            case "header without a colon" -> "GET /health HTTP/1.1\r\nHost: x\r\n" + CANARY + "\r\n\r\n";
            case "HTTP/9.9" -> "GET /health HTTP/9.9." + CANARY + "\r\nHost: x\r\n\r\n";
            default -> "GET /he\u0000alth" + CANARY + " HTTP/1.1\r\nHost: x\r\n\r\n";
        };
        RawResponse response = exchange(request);
        HttpHeaders headers = new HttpHeaders();
        response.headers().forEach(headers::set);
        Attack attack = new Attack(kind, "", "", null, Optional.empty(), Map.of(), CANARY);
        ResponseContract.check("raw socket", attack, response.status(), headers, response.body());
        assertThat(response.status()).isEqualTo(400);
    }

    private RawResponse exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return RawResponse.read(socket.getInputStream());
        }
    }

    /** Just enough HTTP/1.1 response parsing for a Content-Length body. */
    record RawResponse(int status, Map<String, String> headers, byte[] body) {

        static RawResponse read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
            return new RawResponse(status, headers, in.readNBytes(length));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    break;
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
