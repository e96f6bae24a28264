# syntax=docker/dockerfile:1
# datafog-api container image: built with the Maven wrapper on a JDK 17, run on distroless Java 17
# (no shell, no package manager) as the unprivileged user 65532. The process writes only to
# DATAFOG_RECEIPT_PATH (/data, a volume) and /tmp; the root filesystem can be mounted read-only.
# Checked by bootstrap's ContainerDefinitionTest.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests -Dspotbugs.skip=true \
 && java -Djarmode=tools -jar bootstrap/target/datafog-api.jar extract --destination /app \
 && mkdir -p /data

FROM gcr.io/distroless/java17-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=build --chown=0:0 /app /app
COPY --from=build --chown=65532:65532 /data /data
ENV DATAFOG_ADDR=0.0.0.0:8080 \
    DATAFOG_RECEIPT_PATH=/data
VOLUME ["/data"]
EXPOSE 8080
USER 65532:65532
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["java", "-cp", "/app/datafog-api.jar", "ai.datafog.bootstrap.HealthCheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-Djava.io.tmpdir=/tmp", "-jar", "/app/datafog-api.jar"]
