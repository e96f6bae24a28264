package ai.datafog.bootstrap;

import ai.datafog.edgetest.TestRoutes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The body limit is enforced while the body streams in, never by buffering it (SPEC §10)")
@Import(TestRoutes.class)
@TestPropertySource(properties = "DATAFOG_MAX_BODY_BYTES=" + BodyLimitStreamingTest.LIMIT)
class BodyLimitStreamingTest extends ApiTestSupport {

    static final int LIMIT = 64 * 1024;
    private static final long FIFTY_MIB = 50L * 1024 * 1024;
    /** Loopback socket buffers can hold a few MiB that the server never read; far below 50 MiB. */
    private static final long MAX_ACCEPTED_BY_KERNEL = 12L * 1024 * 1024;

    @Test
    @DisplayName("a body just under the limit is accepted")
    void underTheLimitIsAccepted() {
        byte[] body = ("{\"text\":\"" + "a".repeat(LIMIT - 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        client.post().uri("/test/upload").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.bytes").isEqualTo(body.length);
    }

    @Test
    @DisplayName("a declared 50 MiB Content-Length is refused with 413 before any body byte is sent")
    void declaredLengthIsRefusedUpFront() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /test/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Request-ID: rid-413-declared\r\nContent-Length: " + FIFTY_MIB + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413").contains("X-Request-ID: rid-413-declared")
                    .contains("\"code\":\"request_too_large\"");
        }
    }

    @Test
    @DisplayName("an endless chunked upload is cut off with 413 after about the limit, not after 50 MiB")
    void endlessChunkedUploadIsCutOff() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /test/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Request-ID: rid-413-chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeChunks(out, sent));
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413").contains("X-Request-ID: rid-413-chunked")
                    .contains("\"code\":\"request_too_large\"");
            writer.get(20, TimeUnit.SECONDS);
            assertThat(sent.get()).as("bytes the server let in before refusing").isLessThan(MAX_ACCEPTED_BY_KERNEL);
        }
    }

    /** Writes 8 KiB chunks until 50 MiB are sent or the server stops accepting them. */
    private static void writeChunks(OutputStream out, AtomicLong sent) {
        byte[] data = new byte[8192];
        Arrays.fill(data, (byte) 'a');
        byte[] header = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] trailer = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            while (sent.get() < FIFTY_MIB) {
                out.write(header);
                out.write(data);
                out.write(trailer);
                sent.addAndGet(data.length);
            }
            out.flush();
        } catch (IOException closedByServer) {
            // the server closed the connection after refusing the body: exactly what we want
        }
    }

    /** Reads one response head and its Content-Length body. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] soFar = head.toByteArray();
            int n = soFar.length;
            if (n >= 4 && soFar[n - 4] == '\r' && soFar[n - 3] == '\n' && soFar[n - 2] == '\r' && soFar[n - 1] == '\n') {
                break;
            }
        }
        String headText = head.toString(StandardCharsets.US_ASCII);
        int length = 0;
        for (String line : headText.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return headText + new String(body, StandardCharsets.UTF_8);
    }
}
