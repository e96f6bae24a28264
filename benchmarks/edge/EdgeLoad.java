import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A small closed-loop HTTP/1.1 load generator for the datafog-api edge: N keep-alive connections,
 * each sending the next request as soon as the previous response is read. Reports requests/s and
 * latency percentiles over the measured window (after a warm-up). No dependencies: run with
 * {@code java benchmarks/edge/EdgeLoad.java --url http://127.0.0.1:8080/health}.
 *
 * Options: --url, --method (GET), --body-file, --header 'Name: value' (repeatable),
 * --connections (64), --duration (30), --warmup (5) in seconds.
 */
public final class EdgeLoad {

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> options = parse(args);
        URI url = URI.create(one(options, "url", "http://127.0.0.1:8080/health"));
        String method = one(options, "method", "GET");
        int connections = Integer.parseInt(one(options, "connections", "64"));
        int duration = Integer.parseInt(one(options, "duration", "30"));
        int warmup = Integer.parseInt(one(options, "warmup", "5"));
        byte[] body = options.containsKey("body-file") ? Files.readAllBytes(Path.of(one(options, "body-file", ""))) : new byte[0];
        byte[] request = request(url, method, options.getOrDefault("header", List.of()), body);

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long measureTo = measureFrom + duration * 1_000_000_000L;
        Worker[] workers = new Worker[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(url, request, measureFrom, measureTo, done);
            Thread thread = new Thread(workers[i], "load-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();

        long total = 0;
        long errors = 0;
        long failures = 0;
        for (Worker worker : workers) {
            total += worker.count;
            errors += worker.non2xx;
            failures += worker.ioFailures;
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (Worker worker : workers) {
            System.arraycopy(worker.latenciesMicros, 0, all, at, worker.count);
            at += worker.count;
        }
        Arrays.sort(all);
        System.out.printf("target      %s %s%n", method, url);
        System.out.printf("connections %d, warm-up %d s, measured %d s%n", connections, warmup, duration);
        System.out.printf("requests    %d (non-2xx %d, I/O failures %d)%n", total, errors, failures);
        System.out.printf("throughput  %.0f req/s%n", total / (double) duration);
        System.out.printf("latency     p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                pct(all, 0.50), pct(all, 0.99), pct(all, 0.999), all.length == 0 ? 0 : all[all.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static byte[] request(URI url, String method, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder();
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(url.getHost()).append(':').append(url.getPort()).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body.length > 0 || !method.equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[i + 1]);
        }
        return options;
    }

    private static String one(Map<String, List<String>> options, String name, String fallback) {
        List<String> values = options.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    /** One keep-alive connection in a closed loop. */
    private static final class Worker implements Runnable {
        private final URI url;
        private final byte[] request;
        private final long measureFrom;
        private final long measureTo;
        private final CountDownLatch done;
        long[] latenciesMicros = new long[1 << 16];
        int count;
        long non2xx;
        long ioFailures;

        Worker(URI url, byte[] request, long measureFrom, long measureTo, CountDownLatch done) {
            this.url = url;
            this.request = request;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < measureTo) {
                    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
                        socket.setTcpNoDelay(true);
                        OutputStream out = socket.getOutputStream();
                        InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
                        boolean keepAlive = true;
                        while (keepAlive && System.nanoTime() < measureTo) {
                            long sent = System.nanoTime();
                            out.write(request);
                            out.flush();
                            int[] statusAndClose = readResponse(in);
                            long now = System.nanoTime();
                            keepAlive = statusAndClose[1] == 0;
                            if (sent >= measureFrom && now <= measureTo) {
                                record((now - sent) / 1000, statusAndClose[0]);
                            }
                        }
                    } catch (IOException failed) {
                        ioFailures++;
                    }
                }
            } finally {
                done.countDown();
            }
        }

        private void record(long micros, int status) {
            if (count == latenciesMicros.length) {
                latenciesMicros = Arrays.copyOf(latenciesMicros, count * 2);
            }
            latenciesMicros[count++] = micros;
            if (status < 200 || status > 299) {
                non2xx++;
            }
        }

        /** Reads one response; returns {status, 1 if the server will close the connection}. */
        private static int[] readResponse(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            int status = -1;
            int length = 0;
            boolean close = false;
            boolean chunked = false;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b == '\n') {
                    String text = line.toString().trim();
                    line.setLength(0);
                    if (text.isEmpty()) {
                        break;
                    }
                    String lower = text.toLowerCase();
                    if (status < 0) {
                        status = Integer.parseInt(text.substring(9, 12));
                    } else if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(text.substring(15).trim());
                    } else if (lower.startsWith("connection:") && lower.contains("close")) {
                        close = true;
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                } else {
                    line.append((char) b);
                }
            }
            if (chunked) {
                throw new IOException("chunked responses are not supported by this generator");
            }
            in.readNBytes(length);
            return new int[] {status, close ? 1 : 0};
        }
    }
}
