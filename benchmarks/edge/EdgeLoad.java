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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A small HTTP/1.1 load generator for the datafog-api edge: N keep-alive connections. Closed loop by
 * default (each connection sends the next request as soon as the previous response is read); with
 * {@code --rate R}, fixed rate: request i is due at start + i/R and its latency is counted from that
 * due time, so a stalled server is charged for the requests it kept waiting (no coordinated omission).
 * Reports requests/s and latency percentiles over the measured window (after a warm-up). No
 * dependencies: run with {@code java benchmarks/edge/EdgeLoad.java --url http://127.0.0.1:8080/health}.
 *
 * Options: --url, --method (GET), --body-file, --header 'Name: value' (repeatable),
 * --connections (64), --duration (30), --warmup (5) in seconds, --rate (requests/s; 0 = closed loop),
 * --stop-file PATH (the measured window also ends when PATH is written: at its modification time),
 * --timeline PATH (per 100 ms of due time, UTC: requests and their slowest latency, to line up stalls
 * with the server's log), --latencies PATH (every measured request: its due time in epoch milliseconds
 * and its latency in ms, in due-time order, to compare parts of the window).
 */
public final class EdgeLoad {

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> options = parse(args);
        URI url = URI.create(one(options, "url", "http://127.0.0.1:8080/health"));
        String method = one(options, "method", "GET");
        int connections = Integer.parseInt(one(options, "connections", "64"));
        int duration = Integer.parseInt(one(options, "duration", "30"));
        int warmup = Integer.parseInt(one(options, "warmup", "5"));
        double rate = Double.parseDouble(one(options, "rate", "0"));
        Path stopFile = options.containsKey("stop-file") ? Path.of(one(options, "stop-file", "")) : null;
        byte[] body = options.containsKey("body-file") ? Files.readAllBytes(Path.of(one(options, "body-file", ""))) : new byte[0];
        byte[] request = request(url, method, options.getOrDefault("header", List.of()), body);

        long start = System.nanoTime();
        long wallStartMillis = System.currentTimeMillis();
        long measureFrom = start + warmup * 1_000_000_000L;
        Pacer pacer = rate > 0 ? new FixedRate(start, measureFrom, rate) : new ClosedLoop(measureFrom);
        pacer.end = measureFrom + duration * 1_000_000_000L;
        if (stopFile != null) {
            watch(stopFile, pacer);
        }
        Worker[] workers = new Worker[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(url, request, pacer, done);
            Thread thread = new Thread(workers[i], "load-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        for (Worker worker : workers) {
            worker.keepFromBefore(pacer.end);
        }

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
        if (options.containsKey("timeline")) {
            writeTimeline(Path.of(one(options, "timeline", "")), workers, start, wallStartMillis);
        }
        if (options.containsKey("latencies")) {
            writeLatencies(Path.of(one(options, "latencies", "")), workers, start, wallStartMillis);
        }
        Arrays.sort(all);
        double measured = (pacer.end - measureFrom) / 1e9;
        System.out.printf("target      %s %s%n", method, url);
        System.out.printf("connections %d, %s, warm-up %d s, measured %.1f s%n", connections,
                rate > 0 ? String.format("fixed rate %.0f req/s", rate) : "closed loop", warmup, measured);
        System.out.printf("requests    %d (non-2xx %d, I/O failures %d)%n", total, errors, failures);
        System.out.printf("throughput  %.0f req/s%n", total / measured);
        System.out.printf("latency     p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                pct(all, 0.50), pct(all, 0.99), pct(all, 0.999), all.length == 0 ? 0 : all[all.length - 1] / 1000.0);
    }

    /** Per 100 ms bucket of due time (wall clock, UTC): how many requests, and the slowest one's latency. */
    private static void writeTimeline(Path file, Worker[] workers, long start, long wallStartMillis) throws IOException {
        java.util.TreeMap<Long, long[]> buckets = new java.util.TreeMap<>();
        for (Worker worker : workers) {
            for (int i = 0; i < worker.count; i++) {
                long bucket = dueMillis(worker.dueNanos[i], start, wallStartMillis) / 100 * 100;
                long[] slot = buckets.computeIfAbsent(bucket, b -> new long[2]);
                slot[0]++;
                slot[1] = Math.max(slot[1], worker.latenciesMicros[i]);
            }
        }
        StringBuilder out = new StringBuilder();
        buckets.forEach((bucket, slot) -> out.append(java.time.Instant.ofEpochMilli(bucket)).append(' ')
                .append(slot[0]).append(' ').append(String.format("%.1f", slot[1] / 1000.0)).append('\n'));
        Files.writeString(file, out);
    }

    /** A request's due time on the wall clock (epoch ms), from its {@code System.nanoTime} due time. */
    private static long dueMillis(long dueNanos, long start, long wallStartMillis) {
        return wallStartMillis + (dueNanos - start) / 1_000_000;
    }

    /** Every measured request as "due time (epoch ms) latency (ms)", in due-time order. */
    private static void writeLatencies(Path file, Worker[] workers, long start, long wallStartMillis) throws IOException {
        List<long[]> requests = new ArrayList<>();
        for (Worker worker : workers) {
            for (int i = 0; i < worker.count; i++) {
                requests.add(new long[] {dueMillis(worker.dueNanos[i], start, wallStartMillis), worker.latenciesMicros[i]});
            }
        }
        requests.sort(java.util.Comparator.comparingLong(r -> r[0]));
        StringBuilder out = new StringBuilder();
        for (long[] r : requests) {
            out.append(r[0]).append(' ').append(String.format("%.3f", r[1] / 1000.0)).append('\n');
        }
        Files.writeString(file, out);
    }

    /**
     * Ends the measured window at the moment {@code file} was written (its modification time; the file
     * is looked for every 100 ms), so what the caller does once it has written the file is not measured.
     */
    private static void watch(Path file, Pacer pacer) {
        Thread watcher = new Thread(() -> {
            while (System.nanoTime() < pacer.end) {
                if (Files.exists(file)) {
                    long sinceWritten;
                    try {
                        sinceWritten = Math.max(0, System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis());
                    } catch (IOException unreadable) {
                        sinceWritten = 0;
                    }
                    long written = System.nanoTime() - sinceWritten * 1_000_000;
                    pacer.end = Math.max(pacer.measureFrom, Math.min(pacer.end, written));
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "stop-file");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** When each request is sent, and which ones count. */
    private abstract static class Pacer {
        final long measureFrom;
        volatile long end;

        Pacer(long measureFrom) {
            this.measureFrom = measureFrom;
        }

        /** The instant the next request counts from (its send or due time), or -1 when the run is over. */
        abstract long next();

        abstract boolean counts(long from, long completed);
    }

    /** Send as soon as the previous response is in; count what was sent and answered inside the window. */
    private static final class ClosedLoop extends Pacer {
        ClosedLoop(long measureFrom) {
            super(measureFrom);
        }

        @Override
        long next() {
            long now = System.nanoTime();
            return now < end ? now : -1;
        }

        @Override
        boolean counts(long from, long completed) {
            return from >= measureFrom && completed <= end;
        }
    }

    /** Request i is due at start + i / rate, whichever connection is free; count those due in the window. */
    private static final class FixedRate extends Pacer {
        private final long start;
        private final double intervalNanos;
        private final AtomicLong issued = new AtomicLong();

        FixedRate(long start, long measureFrom, double rate) {
            super(measureFrom);
            this.start = start;
            this.intervalNanos = 1e9 / rate;
        }

        @Override
        long next() {
            long due = start + (long) (issued.getAndIncrement() * intervalNanos);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                if (due >= end) {
                    return -1;
                }
                LockSupport.parkNanos(wait);
            }
            return due < end ? due : -1;
        }

        @Override
        boolean counts(long from, long completed) {
            return from >= measureFrom;
        }
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

    /** One keep-alive connection, sending when its pacer says. */
    private static final class Worker implements Runnable {
        private final URI url;
        private final byte[] request;
        private final Pacer pacer;
        private final CountDownLatch done;
        long[] latenciesMicros = new long[1 << 16];
        long[] dueNanos = new long[1 << 16];
        int count;
        long non2xx;
        long ioFailures;

        Worker(URI url, byte[] request, Pacer pacer, CountDownLatch done) {
            this.url = url;
            this.request = request;
            this.pacer = pacer;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                long from = pacer.next();
                while (from >= 0) {
                    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
                        socket.setTcpNoDelay(true);
                        OutputStream out = socket.getOutputStream();
                        InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
                        boolean keepAlive = true;
                        while (keepAlive && from >= 0) {
                            out.write(request);
                            out.flush();
                            int[] statusAndClose = readResponse(in);
                            long now = System.nanoTime();
                            keepAlive = statusAndClose[1] == 0;
                            if (pacer.counts(from, now)) {
                                record(from, (now - from) / 1000, statusAndClose[0]);
                            }
                            from = pacer.next();
                        }
                    } catch (IOException failed) {
                        ioFailures++;
                        from = pacer.next();
                    }
                }
            } finally {
                done.countDown();
            }
        }

        /** Drops what counted from the window's end on: a stop file ends the window when it was written. */
        void keepFromBefore(long end) {
            int kept = 0;
            for (int i = 0; i < count; i++) {
                if (dueNanos[i] < end) {
                    dueNanos[kept] = dueNanos[i];
                    latenciesMicros[kept++] = latenciesMicros[i];
                }
            }
            count = kept;
        }

        private void record(long due, long micros, int status) {
            if (count == latenciesMicros.length) {
                latenciesMicros = Arrays.copyOf(latenciesMicros, count * 2);
                dueNanos = Arrays.copyOf(dueNanos, count * 2);
            }
            dueNanos[count] = due;
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
