package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("DATAFOG_ADDR alone decides where the service listens: Spring's server and management settings cannot open a listener past the loopback check")
class ListenAddressTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("without a token, SERVER_ADDRESS=0.0.0.0, another SERVER_PORT and a MANAGEMENT_SERVER_PORT are ignored: the service answers on DATAFOG_ADDR only")
    void springServerVariablesAreIgnored() throws Exception {
        int other = freePort();
        int management = freePort();
        try (ServiceProcess service = ServiceProcess.start(Map.of("DATAFOG_RECEIPT_PATH", dir.toString(),
                "DATAFOG_PURGE_CRON", "-", "SERVER_ADDRESS", "0.0.0.0", "SERVER_PORT", String.valueOf(other),
                "MANAGEMENT_SERVER_PORT", String.valueOf(management)))) {
            service.awaitHealthy(HttpClient.newHttpClient());

            assertThatThrownBy(() -> connect(InetAddress.getLoopbackAddress(), other)).as("nothing listens on SERVER_PORT")
                    .isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> connect(InetAddress.getLoopbackAddress(), management))
                    .as("no separate actuator listener on MANAGEMENT_SERVER_PORT").isInstanceOf(ConnectException.class);
            for (InetAddress external : externalAddresses()) {
                assertThatThrownBy(() -> connect(external, service.port)).as("not reachable on " + external)
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    /** This host's addresses other than loopback (on a host with none, only the port is checked). */
    private static List<InetAddress> externalAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> address instanceof Inet4Address)
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
