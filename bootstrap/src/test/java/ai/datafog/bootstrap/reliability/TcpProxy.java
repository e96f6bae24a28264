package ai.datafog.bootstrap.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a real server that a test can break on purpose: {@link #refuse()} drops every
 * connection and refuses new ones (a stopped database), {@link #blackhole()} keeps sockets open but
 * forwards nothing (a network partition, the nastier outage: only timeouts end it), {@link #restore()}
 * forwards again. Plain blocking sockets with two daemon threads per connection: test traffic only.
 */
final class TcpProxy implements AutoCloseable {

    enum Mode { FORWARD, REFUSE, BLACKHOLE }

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;

    TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstream = new InetSocketAddress(upstreamHost, upstreamPort);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("tcp-proxy-accept", this::acceptLoop).start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void refuse() {
        mode = Mode.REFUSE;
        closeAll();
    }

    void blackhole() {
        mode = Mode.BLACKHOLE;
    }

    /** Forwards again; connections that lived through a blackhole are closed, as a real partition would leave them. */
    void restore() {
        Mode previous = mode;
        mode = Mode.FORWARD;
        if (previous == Mode.BLACKHOLE) {
            closeAll();
        }
    }

    @Override
    public void close() throws IOException {
        mode = Mode.REFUSE;
        listener.close();
        closeAll();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            switch (mode) {
                case REFUSE -> closeQuietly(client);
                case BLACKHOLE -> open.add(client);
                case FORWARD -> connect(client);
            }
        }
    }

    private void connect(Socket client) {
        Socket server = new Socket();
        try {
            server.connect(upstream, 2_000);
        } catch (IOException unreachable) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        open.add(client);
        open.add(server);
        daemon("tcp-proxy-up", () -> pump(client, server)).start();
        daemon("tcp-proxy-down", () -> pump(server, client)).start();
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                while (mode == Mode.BLACKHOLE && !from.isClosed()) {
                    Thread.sleep(20);
                }
                if (mode == Mode.REFUSE) {
                    break;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException endOfConnection) {
            // a closed socket on either side ends this direction; the finally below ends the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // nothing to do: the socket is gone either way
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
