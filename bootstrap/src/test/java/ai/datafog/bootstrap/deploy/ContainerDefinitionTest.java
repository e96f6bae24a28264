package ai.datafog.bootstrap.deploy;

import ai.datafog.bootstrap.deploy.DockerfileModel.Instruction;
import ai.datafog.bootstrap.deploy.DockerfileModel.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no container engine in CI, so the image and manifest are checked as documents: the
 * properties docs/security.md promises (non-root, no shell at run time, read-only root filesystem,
 * secrets as mounted files, probes on /health) are asserted here.
 */
@DisplayName("The Dockerfile and the Kubernetes manifest keep the least-privilege deployment promises")
class ContainerDefinitionTest {

    private static Path root;
    private static DockerfileModel dockerfile;
    private static List<Map<String, Object>> manifest;

    @BeforeAll
    static void readDefinitions() throws IOException {
        root = repositoryRoot();
        dockerfile = DockerfileModel.read(root.resolve("Dockerfile"));
        manifest = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(root.resolve("deploy/kubernetes.yaml")))) {
            manifest.add(map(document));
        }
    }

    @Test
    @DisplayName("the image is built with the Maven wrapper on a JDK 17 and runs on a distroless Java 17+ image")
    void multiStageBuild() {
        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);
        Stage build = dockerfile.stages().get(0);
        assertThat(build.from()).containsIgnoringCase("jdk").contains("17");
        assertThat(build.all("RUN")).anyMatch(run -> run.arguments().contains("./mvnw") && run.arguments().contains("package"));
        assertThat(dockerfile.runtime().from()).matches("gcr\\.io/distroless/java(1[7-9]|[2-9]\\d)-.*");
    }

    @Test
    @DisplayName("the runtime stage runs as 65532:65532 and needs no shell: no RUN, exec-form ENTRYPOINT and HEALTHCHECK")
    void nonRootWithoutShell() {
        Stage runtime = dockerfile.runtime();
        List<Instruction> users = runtime.all("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1).arguments()).isEqualTo("65532:65532");
        assertThat(runtime.all("RUN")).as("a RUN would need a shell in the runtime image").isEmpty();
        assertThat(runtime.all("ENTRYPOINT")).singleElement()
                .satisfies(entry -> assertThat(entry.arguments()).startsWith("[\"java\"").endsWith("]"));
        assertThat(runtime.all("CMD")).isEmpty();
    }

    @Test
    @DisplayName("the image runs the parallel (throughput) collector, as docs/operations.md recommends and the benchmarks measure")
    void throughputCollector() {
        assertThat(dockerfile.runtime().all("ENTRYPOINT").get(0).arguments()).contains("\"-XX:+UseParallelGC\"");
    }

    @Test
    @DisplayName("the health check runs the JVM's own HealthCheck class against /health, which exists")
    void healthCheckUsesTheJvm() throws ClassNotFoundException {
        Instruction check = dockerfile.runtime().all("HEALTHCHECK").stream().findFirst().orElseThrow();
        assertThat(check.arguments()).contains("CMD [\"java\"").contains("ai.datafog.bootstrap.HealthCheck");
        String className = check.arguments().replaceAll(".*\"(ai\\.datafog\\.bootstrap\\.HealthCheck)\".*", "$1");
        assertThat(Class.forName(className)).isNotNull();
    }

    @Test
    @DisplayName("the only writable places are the receipts volume and /tmp; no secret is baked into the image")
    void writesOnlyToDataAndTmp() throws IOException {
        Stage runtime = dockerfile.runtime();
        assertThat(runtime.all("ENV")).anyMatch(env -> env.arguments().contains("DATAFOG_RECEIPT_PATH=/data"));
        assertThat(runtime.all("VOLUME")).anyMatch(volume -> volume.arguments().contains("/data"));
        assertThat(runtime.all("ENTRYPOINT").get(0).arguments()).contains("-Djava.io.tmpdir=/tmp");
        assertThat(runtime.all("COPY")).filteredOn(copy -> copy.arguments().contains("--chown=65532"))
                .allMatch(copy -> copy.arguments().endsWith(" /data"));
        for (Stage stage : dockerfile.stages()) {
            assertThat(stage.all("ENV")).noneMatch(env -> env.arguments().matches("(?s).*(TOKEN|PASSWORD|HASH_KEY)=.*"));
            assertThat(stage.all("ARG")).noneMatch(arg -> arg.arguments().matches("(?i).*(token|password|secret|key).*"));
        }
        assertThat(Files.readAllLines(root.resolve(".dockerignore"))).contains(".git", "**/target/", "data/", "*.env");
    }

    @Test
    @DisplayName("the pod runs as non-root 65532 with RuntimeDefault seccomp and no service account token")
    void podSecurityContext() {
        Map<String, Object> pod = map(path(deployment(), "spec", "template", "spec"));
        Map<String, Object> security = map(pod.get("securityContext"));
        assertThat(security).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 65532);
        assertThat(map(security.get("seccompProfile"))).containsEntry("type", "RuntimeDefault");
        assertThat(pod).containsEntry("automountServiceAccountToken", false);
    }

    @Test
    @DisplayName("the container has a read-only root filesystem, drops ALL capabilities and cannot escalate")
    void containerSecurityContext() {
        Map<String, Object> security = map(container().get("securityContext"));
        assertThat(security).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false)
                .containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", 65532);
        assertThat(list(map(security.get("capabilities")).get("drop"))).containsExactly("ALL");
        assertThat(map(security.get("seccompProfile"))).containsEntry("type", "RuntimeDefault");
    }

    @Test
    @DisplayName("secrets come from a Secret mounted read-only as files and are passed as DATAFOG_*_FILE, never as values")
    void secretsAreMountedFiles() {
        Map<String, Object> pod = map(path(deployment(), "spec", "template", "spec"));
        Map<String, Object> secretVolume = volumes(pod).stream().filter(v -> v.containsKey("secret")).findFirst().orElseThrow();
        Map<String, Object> mount = mounts().stream().filter(m -> m.get("name").equals(secretVolume.get("name"))).findFirst().orElseThrow();
        assertThat(mount).containsEntry("readOnly", true);
        String secretDir = (String) mount.get("mountPath");
        Map<String, Object> env = env();
        assertThat(env).containsKeys("DATAFOG_API_TOKEN_FILE", "DATAFOG_DB_PASSWORD_FILE");
        env.forEach((name, value) -> {
            if (name.endsWith("_FILE")) {
                assertThat((String) value).startsWith(secretDir + "/");
            }
            assertThat(name).as("secret passed by value").doesNotMatch("DATAFOG_(API_TOKEN|ADMIN_TOKEN|DB_PASSWORD|RECEIPT_HASH_KEY)");
        });
    }

    @Test
    @DisplayName("the database URL comes from a ConfigMap in the manifest, the receipts path and /tmp are volumes")
    void configAndWritableVolumes() {
        Map<String, Object> dbUrl = rawEnv().stream().filter(e -> e.get("name").equals("DATAFOG_DB_URL")).findFirst().orElseThrow();
        String configMap = (String) map(path(dbUrl, "valueFrom", "configMapKeyRef")).get("name");
        assertThat(manifest).anyMatch(doc -> doc.get("kind").equals("ConfigMap") && map(doc.get("metadata")).get("name").equals(configMap));
        Map<String, String> mountByPath = new java.util.HashMap<>();
        mounts().forEach(m -> mountByPath.put((String) m.get("mountPath"), (String) m.get("name")));
        assertThat(mountByPath).containsKeys("/tmp", (String) env().get("DATAFOG_RECEIPT_PATH"));
        Map<String, Object> pod = map(path(deployment(), "spec", "template", "spec"));
        Map<String, Object> tmp = volumes(pod).stream().filter(v -> v.get("name").equals(mountByPath.get("/tmp"))).findFirst().orElseThrow();
        assertThat(tmp).containsKey("emptyDir");
    }

    @Test
    @DisplayName("liveness and readiness probes call /health on the http port, and a Service exposes it")
    void probesAndService() {
        Map<String, Object> container = container();
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            Map<String, Object> httpGet = map(path(container, probe, "httpGet"));
            assertThat(httpGet).containsEntry("path", "/health").containsEntry("port", "http");
        }
        Map<String, Object> service = manifest.stream().filter(doc -> doc.get("kind").equals("Service")).findFirst().orElseThrow();
        assertThat(map(path(service, "spec", "selector")))
                .isEqualTo(map(path(deployment(), "spec", "selector", "matchLabels")));
    }

    private static Map<String, Object> deployment() {
        return manifest.stream().filter(doc -> "Deployment".equals(doc.get("kind"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> container() {
        List<Object> containers = list(path(deployment(), "spec", "template", "spec", "containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static List<Map<String, Object>> rawEnv() {
        return list(container().get("env")).stream().map(ContainerDefinitionTest::map).toList();
    }

    /** Env entries with a literal value, by name; valueFrom entries map to null. */
    private static Map<String, Object> env() {
        Map<String, Object> env = new java.util.HashMap<>();
        rawEnv().forEach(e -> env.put((String) e.get("name"), e.get("value")));
        return env;
    }

    private static List<Map<String, Object>> mounts() {
        return list(container().get("volumeMounts")).stream().map(ContainerDefinitionTest::map).toList();
    }

    private static List<Map<String, Object>> volumes(Map<String, Object> pod) {
        return list(pod.get("volumes")).stream().map(ContainerDefinitionTest::map).toList();
    }

    private static Object path(Map<String, Object> node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = map(current).get(key);
            assertThat(current).as("manifest path " + String.join(".", keys)).isNotNull();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("Dockerfile"))) {
            dir = dir.getParent();
        }
        return Objects.requireNonNull(dir, "no Dockerfile above the working directory");
    }
}
